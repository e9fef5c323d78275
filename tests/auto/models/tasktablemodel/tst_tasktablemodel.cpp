#include "models/taskfilterproxymodel.h"
#include "models/tasktablemodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace TheEye;
using namespace Qt::StringLiterals;

namespace {

Task makeTask(const QString &id,
              const QString &name,
              const QStringList &tags = {},
              const QString &hostId = u"h1"_s,
              const QString &description = {})
{
    Task task = Task::newScriptTask();
    task.setId(id);
    task.setName(name);
    task.setTags(tags);
    task.setHostId(hostId);
    task.setScriptId(u"s-"_s + id);
    task.setScriptName(name.toLower().replace(QLatin1Char(' '), QLatin1Char('_')) + u".sh"_s);
    task.setScriptRunAs(u"bash %script%"_s);
    task.setDescription(description);
    return task;
}

Host makeHost(const QString &id, const QString &hostname, bool reporting)
{
    return Host(QJsonObject{{"id"_L1, id},
                            {"hostname"_L1, hostname},
                            {"state"_L1, reporting ? u"normal"_s : u"updates_stopped"_s}});
}

QStringList names(const QAbstractItemModel &model)
{
    QStringList list;
    for (int row = 0; row < model.rowCount(); ++row)
        list.append(model.index(row, TaskTableModel::NameColumn).data().toString());
    return list;
}

} // namespace

class TestTaskTableModel final : public QObject
{
    Q_OBJECT

private slots:
    void keepsRowsSortedByName()
    {
        TaskTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTasks({makeTask(u"3"_s, u"charlie"_s),
                        makeTask(u"1"_s, u"Alpha"_s),
                        makeTask(u"2"_s, u"bravo"_s)});
        QCOMPARE(names(model), (QStringList{u"Alpha"_s, u"bravo"_s, u"charlie"_s}));
        QCOMPARE(model.rowOf(u"2"_s), 1);
    }

    void upsertInsertsAtSortedPositionAndMovesRenamedRows()
    {
        TaskTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTasks({makeTask(u"1"_s, u"b"_s), makeTask(u"2"_s, u"d"_s)});
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.upsertTask(makeTask(u"3"_s, u"c"_s));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(names(model), (QStringList{u"b"_s, u"c"_s, u"d"_s}));

        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.upsertTask(makeTask(u"1"_s, u"z"_s));
        QCOMPARE(moved.count(), 1);
        QCOMPARE(names(model), (QStringList{u"c"_s, u"d"_s, u"z"_s}));

        moved.clear();
        changed.clear();
        model.upsertTask(makeTask(u"2"_s, u"e"_s)); // still between c and z: changed in place
        QCOMPARE(moved.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(names(model), (QStringList{u"c"_s, u"e"_s, u"z"_s}));

        model.removeTask(u"2"_s);
        QCOMPARE(names(model), (QStringList{u"c"_s, u"z"_s}));
        QCOMPARE(model.rowOf(u"2"_s), -1);
        model.removeTask(u"unknown"_s);
        QCOMPARE(model.rowCount(), 2);
    }

    void sortsOnRawValuesOfEveryColumn()
    {
        TaskTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        Task slow = makeTask(u"1"_s, u"slow"_s);
        slow.setTimeoutMs(3600000);
        Task fast = makeTask(u"2"_s, u"fast"_s);
        fast.setTimeoutMs(10000);
        Task medium = makeTask(u"3"_s, u"medium"_s);
        medium.setTimeoutMs(600000);
        model.setTasks({slow, fast, medium});
        model.sort(TaskTableModel::TimeoutColumn, Qt::AscendingOrder);
        QCOMPARE(names(model), (QStringList{u"fast"_s, u"medium"_s, u"slow"_s}));
        model.sort(TaskTableModel::TimeoutColumn, Qt::DescendingOrder);
        QCOMPARE(names(model), (QStringList{u"slow"_s, u"medium"_s, u"fast"_s}));
        QCOMPARE(model.index(0, TaskTableModel::TimeoutColumn)
                     .data(TaskTableModel::SortRole)
                     .toLongLong(),
                 3600000);
        QCOMPARE(model.index(0, TaskTableModel::TimeoutColumn).data().toString(), u"1 h"_s);
    }

    void showsBotStateActivityAndProblems()
    {
        TaskTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        Task broken = makeTask(u"2"_s, u"broken"_s, {}, u"h2"_s);
        broken.setScriptRunAs(QString());
        model.setTasks({makeTask(u"1"_s, u"ok"_s), broken});
        model.setHosts(
            {makeHost(u"h1"_s, u"desk-bot"_s, true), makeHost(u"h2"_s, u"old-bot"_s, false)});

        const int ok = model.rowOf(u"1"_s);
        const int bad = model.rowOf(u"2"_s);
        QCOMPARE(model.index(ok, TaskTableModel::BotColumn).data().toString(), u"desk-bot"_s);
        QVERIFY(model.index(bad, TaskTableModel::BotColumn)
                    .data()
                    .toString()
                    .contains(u"stopped reporting"_s));
        QVERIFY(model.index(ok, 0).data(TaskTableModel::CanRunRole).toBool());
        QVERIFY(!model.index(bad, 0).data(TaskTableModel::CanRunRole).toBool());
        QCOMPARE(model.index(bad, 0).data(TaskTableModel::ProblemsRole).toStringList().size(), 1);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        TaskActivity activity;
        activity.running = 2;
        activity.queued = 1;
        activity.lastLifecycle = Lifecycle::Finished;
        activity.lastState = JobState::Failure;
        activity.lastRun = QDateTime(QDate(2026, 11, 28), QTime(10, 0), Qt::UTC);
        model.setActivity(u"1"_s, activity);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.index(ok, TaskTableModel::ActivityColumn).data().toString(),
                 u"2 running, 1 queued"_s);
        QCOMPARE(model.index(ok, TaskTableModel::LastJobColumn).data().toString(), u"Failure"_s);
        QCOMPARE(model.index(ok, TaskTableModel::LastRunColumn).data().toDateTime().toUTC(),
                 activity.lastRun);
        changed.clear();
        model.setActivity(u"1"_s, activity); // unchanged: no signal
        QCOMPARE(changed.count(), 0);
    }

    void filtersAsYouType_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("empty") << QString()
                               << QStringList{u"Backup db"_s, u"Deploy web"_s, u"Rotate logs"_s};
        QTest::newRow("name substring, any case") << u"BACK"_s << QStringList{u"Backup db"_s};
        QTest::newRow("two words are AND") << u"web deploy"_s << QStringList{u"Deploy web"_s};
        QTest::newRow("description") << u"nightly"_s << QStringList{u"Backup db"_s};
        QTest::newRow("bot name") << u"edge-bot"_s << QStringList{u"Deploy web"_s};
        QTest::newRow("script name") << u"rotate_logs.sh"_s << QStringList{u"Rotate logs"_s};
        QTest::newRow("key:value tag")
            << u"env:prod"_s << QStringList{u"Backup db"_s, u"Deploy web"_s};
        QTest::newRow("tag while typing")
            << u"env:pro"_s << QStringList{u"Backup db"_s, u"Deploy web"_s};
        QTest::newRow("tag value") << u"env:dev"_s << QStringList{u"Rotate logs"_s};
        QTest::newRow("tag is not text") << u"db:x"_s << QStringList{};
        QTest::newRow("negation") << u"-env:prod"_s << QStringList{u"Rotate logs"_s};
        QTest::newRow("running") << u"running"_s << QStringList{u"Deploy web"_s};
        QTest::newRow("queued") << u"queued"_s << QStringList{u"Deploy web"_s};
        QTest::newRow("failed") << u"failed"_s << QStringList{u"Rotate logs"_s};
        QTest::newRow("invalid") << u"invalid"_s << QStringList{u"Rotate logs"_s};
        QTest::newRow("scheduled") << u"scheduled"_s << QStringList{u"Backup db"_s};
        QTest::newRow("status and text") << u"running web"_s << QStringList{u"Deploy web"_s};
        QTest::newRow("nothing") << u"zzz"_s << QStringList{};
    }

    void filtersAsYouType()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);

        TaskTableModel model;
        Task backup = makeTask(u"1"_s,
                               u"Backup db"_s,
                               {u"env:prod"_s, u"db"_s},
                               u"h1"_s,
                               u"Nightly dump"_s);
        QJsonObject json = backup.toJson();
        json.insert("schedules"_L1, QJsonArray{QJsonObject{{"name"_L1, u"task"_s}}});
        backup = Task(json);
        Task deploy = makeTask(u"2"_s, u"Deploy web"_s, {u"env:prod"_s}, u"h2"_s);
        Task rotate = makeTask(u"3"_s, u"Rotate logs"_s, {u"env:dev"_s}, u"h1"_s);
        rotate.setHostId(QString());
        model.setTasks({backup, deploy, rotate});
        model.setHosts(
            {makeHost(u"h1"_s, u"desk-bot"_s, true), makeHost(u"h2"_s, u"edge-bot"_s, true)});
        TaskActivity busy;
        busy.running = 1;
        busy.queued = 2;
        busy.lastLifecycle = Lifecycle::Assigned;
        model.setActivity(u"2"_s, busy);
        TaskActivity failed;
        failed.lastLifecycle = Lifecycle::Finished;
        failed.lastState = JobState::Failure;
        model.setActivity(u"3"_s, failed);

        TaskFilterProxyModel proxy;
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.setQuery(query);
        QCOMPARE(names(proxy), expected);
    }

    void typingOnNarrowsToWhatTheWholeQueryFinds_data()
    {
        // Each step is what the search box holds after a key; the rows must be what a fresh
        // proxy shows for that text, whether or not the proxy reuses the previous result.
        QTest::addColumn<QStringList>("steps");
        QTest::newRow("letter by letter") << QStringList{u"b"_s, u"ba"_s, u"bac"_s, u"back"_s};
        QTest::newRow("backspace widens")
            << QStringList{u"dep"_s, u"depl"_s, u"dep"_s, u"de"_s, QString()};
        QTest::newRow("a second word") << QStringList{u"a"_s, u"a "_s, u"a w"_s, u"a we"_s};
        QTest::newRow("a word becomes a status")
            << QStringList{u"r"_s, u"run"_s, u"runnin"_s, u"running"_s};
        QTest::newRow("text becomes a tag")
            << QStringList{u"env"_s, u"env:"_s, u"env:p"_s, u"env:pr"_s};
        QTest::newRow("text in a name becomes a tag")
            << QStringList{u"env:"_s, u"env:d"_s, u"env:de"_s, u"env:"_s};
        QTest::newRow("the middle of a tag becomes a tag")
            << QStringList{u"nv"_s, u"nv:"_s, u"nv:p"_s, u"nv:"_s, u"env:p"_s};
        QTest::newRow("a longer negation shows more")
            << QStringList{u"-r"_s, u"-ro"_s, u"-rot"_s, u"-rotx"_s};
        QTest::newRow("the middle of a word") << QStringList{u"o"_s, u"og"_s, u"ogs"_s};
        QTest::newRow("spaces and case between keys")
            << QStringList{u"env"_s, u"env "_s, u" ENV "_s, u"Env p"_s, u"env  p"_s, u"env"_s};
    }

    void aSpaceOrALettersCaseAloneLeavesTheRowsAlone_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<bool>("relaidOut");
        QTest::newRow("trailing space") << u"deploy"_s << u"deploy "_s << false;
        QTest::newRow("leading space") << u"deploy"_s << u" deploy"_s << false;
        QTest::newRow("double space") << u"env:prod web"_s << u"env:prod  web"_s << false;
        QTest::newRow("case") << u"deploy"_s << u"DePloy"_s << false;
        QTest::newRow("negation kept") << u"-web"_s << u"-web "_s << false;
        QTest::newRow("a letter more") << u"deploy"_s << u"deploy w"_s << true;
        QTest::newRow("a word becomes a tag") << u"env"_s << u"env:p"_s << true;
        QTest::newRow("a dash alone is a word") << u"web"_s << u"web -"_s << true;
    }

    void aSpaceOrALettersCaseAloneLeavesTheRowsAlone()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(bool, relaidOut);
        TaskTableModel model;
        model.setTasks({makeTask(u"1"_s, u"Deploy web"_s, {u"env:prod"_s}),
                        makeTask(u"2"_s, u"Backup db"_s, {u"env:dev"_s})});
        TaskFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setQuery(before);
        const QStringList shown = names(proxy);
        QSignalSpy layouts(&proxy, &QAbstractItemModel::layoutChanged);
        proxy.setQuery(after);
        QCOMPARE(layouts.size() > 0, relaidOut);
        if (!relaidOut)
            QCOMPARE(names(proxy), shown);
        TaskFilterProxyModel fresh;
        fresh.setSourceModel(&model);
        fresh.setQuery(after);
        QCOMPARE(names(proxy), names(fresh));
    }

    void typingOnNarrowsToWhatTheWholeQueryFinds()
    {
        QFETCH(QStringList, steps);
        TaskTableModel model;
        model.setTasks({makeTask(u"1"_s, u"Backup db"_s, {u"env:prod"_s}),
                        makeTask(u"2"_s, u"Deploy web"_s, {u"env:prod"_s}, u"h2"_s),
                        makeTask(u"3"_s, u"Rotate logs"_s, {u"env:dev"_s}),
                        makeTask(u"4"_s, u"Run reports"_s, {u"team:data"_s}),
                        makeTask(u"5"_s, u"Print env: values"_s, {})});
        TaskActivity busy;
        busy.running = 1;
        busy.lastLifecycle = Lifecycle::Assigned;
        model.setActivity(u"2"_s, busy);
        TaskFilterProxyModel typed;
        QAbstractItemModelTester tester(&typed,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        typed.setSourceModel(&model);
        for (const QString &text : std::as_const(steps)) {
            typed.setQuery(text);
            TaskFilterProxyModel fresh;
            fresh.setSourceModel(&model);
            fresh.setQuery(text);
            QCOMPARE(names(typed), names(fresh));
        }
    }

    void typingOnSeesRowsThatChangedBetweenKeys()
    {
        TaskTableModel model;
        model.setTasks({makeTask(u"1"_s, u"alpha"_s), makeTask(u"2"_s, u"beta"_s)});
        TaskFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setQuery(u"ga"_s);
        QCOMPARE(names(proxy), QStringList{});
        model.upsertTask(makeTask(u"2"_s, u"gamma"_s)); // renamed in place: now matches
        QCOMPARE(names(proxy), (QStringList{u"gamma"_s}));
        model.upsertTask(makeTask(u"3"_s, u"galaxy"_s)); // a new row, sorted in before it
        proxy.setQuery(u"gam"_s);
        QCOMPARE(names(proxy), (QStringList{u"gamma"_s}));
        model.removeTask(u"2"_s);
        proxy.setQuery(u"gal"_s); // not typing on: all rows again
        QCOMPARE(names(proxy), (QStringList{u"galaxy"_s}));
        model.upsertTask(makeTask(u"4"_s, u"gala"_s));
        proxy.setQuery(u"gala"_s);
        QCOMPARE(names(proxy), (QStringList{u"gala"_s, u"galaxy"_s}));
    }

    void aWordAcrossTwoRowsFindsNeither_data()
    {
        // The filter searches the rows' text back to back: a hit that starts in one row and ends
        // in the next must count for neither, and the search go on after it. A tag filter looks
        // for the mark that starts a tag: the same byte in a row's text (the last task's name)
        // must not pass for a tag.
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected");
        const QString odd = u"zz odd\u001fenv:pe"_s;
        QTest::newRow("across rows") << u"bar"_s << QStringList{};
        QTest::newRow("across rows, then a real hit") << u"ux"_s << QStringList{u"r qux"_s};
        QTest::newRow("a tag, not the text") << u"env:p"_s << QStringList{u"Ends tid"_s};
        QTest::newRow("a tag's middle is no tag") << u"nv:p"_s << QStringList{};
        QTest::newRow("a tag filter in text only") << u"zone:e"_s << QStringList{};
        QTest::newRow("a tag's mark in a name is text") << u"pe"_s << QStringList{odd};
        QTest::newRow("negated across rows")
            << u"-bar"_s << QStringList{u"Ends tid"_s, u"foo"_s, u"r qux"_s, odd};
        QTest::newRow("negated tag") << u"-env:p"_s << QStringList{u"foo"_s, u"r qux"_s, odd};
    }

    void aWordAcrossTwoRowsFindsNeither()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        TaskTableModel model;
        // Sorted by name: "Ends tid", "foo", "r qux", "zz odd…"; the description of "foo" ends in
        // "ba", and "r qux" follows it.
        model.setTasks({makeTask(u"1"_s, u"foo"_s, {}, u"h1"_s, u"zone:e foo ba"_s),
                        makeTask(u"2"_s, u"r qux"_s),
                        makeTask(u"3"_s, u"Ends tid"_s, {u"y"_s, u"env:prod"_s}),
                        makeTask(u"4"_s, u"zz odd\u001fenv:pe"_s)});
        TaskFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setQuery(query);
        QCOMPARE(names(proxy), expected);
    }

    void randomQueriesFindWhatAPlainScanFinds()
    {
        // Names and tags from three letters make partial and repeated hits common; 21,000 rows
        // take the two-thread path. The plain scan: every word in the name or a tag, a `k:v` word
        // at the start of a tag, a '-' word in neither.
        QRandomGenerator random(29112026);
        const auto word = [&random](int most) {
            QString text;
            for (int i = random.bounded(1, most + 1); i > 0; --i)
                text.append(QLatin1Char(static_cast<char>('a' + random.bounded(3))));
            return text;
        };
        constexpr int Count = 21000;
        QList<Task> tasks;
        QHash<QString, QStringList> tagsOf;
        for (int i = 0; i < Count; ++i) {
            QStringList tags;
            for (int t = random.bounded(3); t > 0; --t)
                tags.append(word(2) + u":"_s + word(3));
            // The number keeps names apart; its digits are in no query.
            const QString name = word(6) + u" "_s + word(4) + u" "_s + QString::number(i);
            tagsOf.insert(name, tags);
            tasks.append(makeTask(QString::number(i), name, tags));
        }
        TaskTableModel model;
        model.setTasks(tasks);
        TaskFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        for (int round = 0; round < 60; ++round) {
            QStringList words;
            for (int w = random.bounded(1, 3); w > 0; --w) {
                switch (random.bounded(4)) {
                case 0:
                    words.append(word(3));
                    break;
                case 1:
                    words.append(word(2) + u":"_s + word(2));
                    break;
                case 2:
                    words.append(u"-"_s + word(2) + u":"_s + word(1));
                    break;
                default:
                    words.append(u"-"_s + word(2));
                    break;
                }
            }
            QStringList expected;
            for (int row = 0; row < model.rowCount(); ++row) {
                const QString name = model.index(row, TaskTableModel::NameColumn).data().toString();
                const QStringList &tags = tagsOf[name];
                const bool all = std::all_of(words.cbegin(), words.cend(), [&](QString w) {
                    const bool negated = w.startsWith(QLatin1Char('-'));
                    if (negated)
                        w.remove(0, 1);
                    const bool found = w.contains(QLatin1Char(':'))
                                           ? std::any_of(tags.cbegin(),
                                                         tags.cend(),
                                                         [&w](const QString &tag) {
                                                             return tag.startsWith(w);
                                                         })
                                           : name.contains(w)
                                                 || std::any_of(tags.cbegin(),
                                                                tags.cend(),
                                                                [&w](const QString &tag) {
                                                                    return tag.contains(w);
                                                                });
                    return found != negated;
                });
                if (all)
                    expected.append(name);
            }
            const QString query = words.join(QLatin1Char(' '));
            proxy.setQuery(query);
            QVERIFY2(names(proxy) == expected, qPrintable(query));
        }
    }

    void aLargeTableIsFilteredInTwoHalvesAndFollowsUpdates()
    {
        // Past 20,000 rows the proxy decides them on two threads over a copy of their text:
        // every row of both halves must still be decided, and a row renamed afterwards read anew.
        constexpr int Count = 25000;
        QList<Task> tasks;
        tasks.reserve(Count);
        QStringList expected;
        for (int i = 0; i < Count; ++i) {
            const QString name = u"task %1"_s.arg(i, 5, 10, QLatin1Char('0'));
            tasks.append(makeTask(QString::number(i), name));
            if (name.contains(u"77"_s))
                expected.append(name);
        }
        TaskTableModel model;
        model.setTasks(tasks);
        TaskFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setQuery(u"7"_s);
        proxy.setQuery(u"77"_s);
        QCOMPARE(names(proxy), expected);

        // Renamed in place, one in each half: a dataChanged the copy no longer matches.
        model.upsertTask(makeTask(u"100"_s, u"task 00100 now 77"_s));
        model.upsertTask(makeTask(u"24177"_s, u"task 24177 renamed"_s));
        expected.append(u"task 00100 now 77"_s);
        expected.replace(expected.indexOf(u"task 24177"_s), u"task 24177 renamed"_s);
        expected.sort();
        QCOMPARE(names(proxy), expected);
        proxy.setQuery(u"77 now"_s);
        QCOMPARE(names(proxy), (QStringList{u"task 00100 now 77"_s}));
        proxy.setQuery(u"renamed"_s);
        QCOMPARE(names(proxy), (QStringList{u"task 24177 renamed"_s}));
    }

    void persistentIndexesStayOnTheirTasks()
    {
        // A view's selection and current row are persistent indexes: they must stay on the same
        // task when the filter or the rows change, and end when their task goes or is hidden.
        TaskTableModel model;
        model.setTasks({makeTask(u"1"_s, u"alpha"_s),
                        makeTask(u"2"_s, u"beta"_s),
                        makeTask(u"3"_s, u"delta"_s)});
        TaskFilterProxyModel proxy;
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        const auto nameAt = [](const QPersistentModelIndex &index) {
            return index.isValid() ? index.data().toString() : QString();
        };
        const QPersistentModelIndex delta(proxy.index(2, TaskTableModel::NameColumn));
        const QPersistentModelIndex beta(proxy.index(1, TaskTableModel::NameColumn));
        QCOMPARE(nameAt(delta), u"delta"_s);
        proxy.setQuery(u"ta"_s); // beta and delta
        QCOMPARE(delta.row(), 1);
        QCOMPARE(nameAt(delta), u"delta"_s);
        model.upsertTask(makeTask(u"4"_s, u"beta two"_s)); // inserted between them
        QCOMPARE(names(proxy), (QStringList{u"beta"_s, u"beta two"_s, u"delta"_s}));
        QCOMPARE(nameAt(delta), u"delta"_s);
        model.upsertTask(makeTask(u"2"_s, u"zeta"_s)); // renamed: moves past delta
        QCOMPARE(names(proxy), (QStringList{u"beta two"_s, u"delta"_s, u"zeta"_s}));
        QCOMPARE(nameAt(beta), u"zeta"_s);
        QCOMPARE(nameAt(delta), u"delta"_s);
        proxy.setQuery(u"zeta"_s);
        QVERIFY(!delta.isValid()); // filtered out
        QCOMPARE(nameAt(beta), u"zeta"_s);
        model.removeTask(u"2"_s);
        QVERIFY(!beta.isValid()); // its task went
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setQuery(QString());
        QCOMPARE(names(proxy), (QStringList{u"alpha"_s, u"beta two"_s, u"delta"_s}));
    }

    void groupFiltersCombineWithTheQuery()
    {
        TaskTableModel model;
        model.setTasks({makeTask(u"1"_s, u"a one"_s, {u"x"_s}, u"h1"_s),
                        makeTask(u"2"_s, u"a two"_s, {u"y"_s}, u"h2"_s),
                        makeTask(u"3"_s, u"b three"_s, {u"X"_s}, u"h2"_s)});
        TaskFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setHostFilter(u"h2"_s);
        QCOMPARE(names(proxy), (QStringList{u"a two"_s, u"b three"_s}));
        proxy.setTagFilter(u"x"_s);
        QCOMPARE(names(proxy), (QStringList{u"b three"_s}));
        proxy.setHostFilter(std::nullopt);
        QCOMPARE(names(proxy), (QStringList{u"a one"_s, u"b three"_s}));
        proxy.setTagFilter(QString());
        proxy.setHostFilter(QString()); // the tasks without a bot
        QCOMPARE(names(proxy), (QStringList{}));
        model.upsertTask(makeTask(u"4"_s, u"orphan"_s, {}, QString()));
        QCOMPARE(names(proxy), (QStringList{u"orphan"_s}));
        proxy.setHostFilter(std::nullopt);
        proxy.setTagFilter(u"x"_s);
        proxy.setQuery(u"a"_s);
        QCOMPARE(names(proxy), (QStringList{u"a one"_s}));
    }

    void proxySortIsTheSourceSortAndFollowsUpdates()
    {
        TaskTableModel model;
        TaskFilterProxyModel proxy;
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        model.setTasks({makeTask(u"1"_s, u"alpha"_s), makeTask(u"2"_s, u"beta"_s)});
        proxy.sort(TaskTableModel::NameColumn, Qt::DescendingOrder);
        QCOMPARE(names(proxy), (QStringList{u"beta"_s, u"alpha"_s}));
        proxy.setQuery(u"a"_s);
        model.upsertTask(makeTask(u"3"_s, u"gamma"_s));
        QCOMPARE(names(proxy), (QStringList{u"gamma"_s, u"beta"_s, u"alpha"_s}));
        model.upsertTask(makeTask(u"2"_s, u"bbb"_s)); // no longer contains "a"
        QCOMPARE(names(proxy), (QStringList{u"gamma"_s, u"alpha"_s}));
    }
};

QTEST_GUILESS_MAIN(TestTaskTableModel)
#include "tst_tasktablemodel.moc"
