#include "models/jobtablemodel.h"
#include "models/jsonutil.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace TheEye;
using namespace Qt::StringLiterals;

namespace {

QJsonObject capturedBody(const QString &name)
{
    QFile file(QStringLiteral(THEEYE_TESTDATA_DIR "/real-supervisor/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(name));
    return Json::parse(file.readAll())
        ->toObject()
        .value("response"_L1)
        .toObject()
        .value("body"_L1)
        .toObject();
}

Job makeJob(const QString &id,
            const QString &lifecycle,
            const QString &state,
            const QString &created,
            const QJsonArray &values = {})
{
    QJsonObject json = capturedBody(u"06-job-create.json"_s);
    json.insert("id"_L1, id);
    json.insert("lifecycle"_L1, lifecycle);
    json.insert("state"_L1, state);
    json.insert("creation_date"_L1, created);
    if (!values.isEmpty())
        json.insert("task_arguments_values"_L1, values);
    return Job(json);
}

QStringList ids(const QAbstractItemModel &model)
{
    QStringList list;
    for (int row = 0; row < model.rowCount(); ++row)
        list.append(model.index(row, 0).data(JobTableModel::JobIdRole).toString());
    return list;
}

} // namespace

class TestJobTableModel final : public QObject
{
    Q_OBJECT

private slots:
    void showsCapturedJobs()
    {
        JobTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setJobs({Job(capturedBody(u"07-job-get-finished.json"_s)),
                       Job(capturedBody(u"06-job-create.json"_s))});
        QCOMPARE(model.rowCount(), 1); // the same job id: the newer document wins the row
        model.setJobs({Job(capturedBody(u"07-job-get-finished.json"_s))});
        const QModelIndex state = model.index(0, JobTableModel::StateColumn);
        QCOMPARE(state.data().toString(), u"Success"_s);
        QCOMPARE(model.index(0, JobTableModel::OriginColumn).data().toString(), u"Manual"_s);
        QCOMPARE(model.index(0, JobTableModel::ExitCodeColumn).data().toInt(), 0);
        // The fixed argument is not shown; the user's values are.
        QCOMPARE(model.index(0, JobTableModel::ArgumentsColumn).data().toString(), u"ana, a"_s);
    }

    void newestFirstAndUpdatedInPlace()
    {
        JobTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setJobs(
            {makeJob(u"a"_s, u"finished"_s, u"success"_s, u"2026-11-28T10:00:00.000Z"_s),
             makeJob(u"b"_s, u"finished"_s, u"failure"_s, u"2026-11-28T11:00:00.000Z"_s)});
        QCOMPARE(ids(model), (QStringList{u"b"_s, u"a"_s}));
        model.upsertJob(
            makeJob(u"c"_s, u"ready"_s, u"in_progress"_s, u"2026-11-28T12:00:00.000Z"_s));
        QCOMPARE(ids(model), (QStringList{u"c"_s, u"b"_s, u"a"_s}));
        QCOMPARE(model.index(0, JobTableModel::StateColumn).data().toString(), u"Queued"_s);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.upsertJob(
            makeJob(u"c"_s, u"assigned"_s, u"in_progress"_s, u"2026-11-28T12:00:00.000Z"_s));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.index(0, JobTableModel::StateColumn).data().toString(), u"Running"_s);
        model.removeJob(u"b"_s);
        QCOMPARE(ids(model), (QStringList{u"c"_s, u"a"_s}));
    }

    void filtersByStateAndArgumentValue_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        using F = JobFilterProxyModel::StateFilter;
        QTest::newRow("all") << int(F::All) << QString() << QStringList{u"r"_s, u"f"_s, u"s"_s};
        QTest::newRow("in progress") << int(F::InProgress) << QString() << QStringList{u"r"_s};
        QTest::newRow("success") << int(F::Success) << QString() << QStringList{u"s"_s};
        QTest::newRow("failed") << int(F::Failed) << QString() << QStringList{u"f"_s};
        QTest::newRow("argument value") << int(F::All) << u"BOB"_s << QStringList{u"f"_s};
        QTest::newRow("state and value") << int(F::Success) << u"bob"_s << QStringList{};
    }

    void filtersByStateAndArgumentValue()
    {
        QFETCH(int, state);
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        JobTableModel model;
        model.setJobs(
            {makeJob(u"s"_s,
                     u"finished"_s,
                     u"success"_s,
                     u"2026-11-28T10:00:00.000Z"_s,
                     {u"FIXED"_s, u"ana"_s, u"a"_s}),
             makeJob(u"f"_s,
                     u"finished"_s,
                     u"failure"_s,
                     u"2026-11-28T11:00:00.000Z"_s,
                     {u"FIXED"_s, u"bob"_s, u"b"_s}),
             makeJob(u"r"_s, u"ready"_s, u"in_progress"_s, u"2026-11-28T12:00:00.000Z"_s)});
        JobFilterProxyModel proxy;
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.setStateFilter(static_cast<JobFilterProxyModel::StateFilter>(state));
        proxy.setText(text);
        QCOMPARE(ids(proxy), expected);
    }
};

QTEST_GUILESS_MAIN(TestJobTableModel)
#include "tst_jobtablemodel.moc"
