#include "models/dataurl.h"
#include "ui/runargumentsform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace TheEye;
using namespace Qt::StringLiterals;
using Type = TaskArgument::Type;

namespace {

TaskArgument argument(Type type, int order, const QString &label)
{
    return TaskArgument::create(type, order + 1, order, label);
}

template<typename T>
T *editor(RunArgumentsForm &form, int order)
{
    QWidget *widget = form.editorFor(order);
    if (auto *typed = qobject_cast<T *>(widget))
        return typed;
    return widget ? widget->findChild<T *>() : nullptr;
}

} // namespace

class TestRunArgumentsForm final : public QObject
{
    Q_OBJECT

private slots:
    void asksOnlyDynamicArgumentsAndStartsInvalid()
    {
        RunArgumentsForm form;
        TaskArgument fixed = argument(Type::Fixed, 0, u"token"_s);
        fixed.setValue(u"x"_s);
        form.setArguments({fixed, argument(Type::Input, 1, u"name"_s)});
        QCOMPARE(form.fieldCount(), 1);
        QVERIFY(!form.editorFor(0));
        QVERIFY(!form.isValid());
        QSignalSpy validity(&form, &RunArgumentsForm::validityChanged);
        QTest::keyClicks(editor<QLineEdit>(form, 1), u"ana"_s);
        QVERIFY(form.isValid());
        QCOMPARE(validity.count(), 1);
        QCOMPARE(form.values().value(1), QJsonValue(u"ana"_s));
    }

    void inputRulesShowInline()
    {
        RunArgumentsForm form;
        form.show();
        TaskArgument input = argument(Type::Input, 0, u"code"_s);
        input.setCharset(TaskArgument::Charset::Numeric);
        input.setCharsMin(3);
        form.setArguments({input});
        QLineEdit *edit = editor<QLineEdit>(form, 0);
        QTest::keyClicks(edit, u"12a"_s);
        auto *problem = form.findChild<QLabel *>(u"argument-0-problem"_s);
        QVERIFY(!problem->isHidden());
        QVERIFY(problem->text().contains(u"digits"_s));
        QVERIFY(!form.isValid());
        edit->setText(u"12"_s);
        QVERIFY(problem->text().contains(u"at least 3"_s));
        edit->setText(u"123"_s);
        QVERIFY(problem->isHidden());
        QVERIFY(form.isValid());
    }

    void everyTypeProducesTheValueTheServerExpects()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(u"report.txt"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("hello file");
        file.close();

        TaskArgument select = argument(Type::Select, 4, u"unit"_s);
        select.setOptions({{u"gb"_s, u"Gigabytes"_s, 0}, {u"mb"_s, u"Megabytes"_s, 1}});
        TaskArgument multi = argument(Type::Select, 5, u"regions"_s);
        multi.setMultiple(true);
        multi.setOptions({{u"us"_s, u"US"_s, 0}, {u"eu"_s, u"EU"_s, 1}});
        TaskArgument masked = argument(Type::Input, 9, u"password"_s);
        masked.setMasked(true);
        TaskArgument remote = argument(Type::RemoteOptions, 10, u"server"_s);
        remote.setEndpointUrl(u"https://example.com/servers?u=%THEEYE_USER_EMAIL%"_s);
        remote.setIdAttribute(u"id"_s);
        remote.setTextAttribute(u"name"_s);

        RunArgumentsForm form;
        QString requestedUrl;
        form.setRemoteOptionsLoader(
            [&requestedUrl](const TaskArgument &, const QString &url, QObject *context, auto done) {
                requestedUrl = url;
                // Answer later, as a network reply would.
                QTimer::singleShot(0, context, [done] {
                    done({{u"s1"_s, u"Server one"_s}, {u"s2"_s, u"Server two"_s}}, QString());
                });
            },
            u"ops+admin@example.com"_s);
        form.setArguments({argument(Type::Textarea, 0, u"notes"_s),
                           argument(Type::Boolean, 1, u"dry run"_s),
                           argument(Type::Json, 2, u"payload"_s),
                           argument(Type::Email, 3, u"mail"_s),
                           select,
                           multi,
                           argument(Type::Date, 6, u"when"_s),
                           argument(Type::Regexp, 7, u"filter"_s),
                           argument(Type::File, 8, u"attachment"_s),
                           masked,
                           remote});
        QCOMPARE(requestedUrl, u"https://example.com/servers?u=ops%2Badmin%40example.com"_s);
        QVERIFY(!form.isValid()); // options still loading, fields empty

        editor<QPlainTextEdit>(form, 0)->setPlainText(u"line one\nline two"_s);
        editor<QCheckBox>(form, 1)->setChecked(true);
        editor<QPlainTextEdit>(form, 2)->setPlainText(u"{\"a\": [1, 2]"_s);
        QVERIFY(form.problems().join(u' ').contains(u"not valid JSON"_s));
        editor<QPlainTextEdit>(form, 2)->setPlainText(u"{\"a\": [1, 2]}"_s);
        editor<QLineEdit>(form, 3)->setText(u"not-an-email"_s);
        QVERIFY(form.problems().join(u' ').contains(u"email"_s));
        editor<QLineEdit>(form, 3)->setText(u"ana@example.com"_s);
        editor<QComboBox>(form, 4)->setCurrentIndex(2);
        editor<QListWidget>(form, 5)->item(1)->setCheckState(Qt::Checked);
        editor<QDateTimeEdit>(form, 6)->setDateTime(
            QDateTime(QDate(2026, 12, 1), QTime(9, 30), Qt::UTC));
        editor<QLineEdit>(form, 7)->setText(u"([a-z]+"_s);
        QVERIFY(form.problems().join(u' ').contains(u"regular expression"_s));
        editor<QLineEdit>(form, 7)->setText(u"^[a-z]+$"_s);
        QLineEdit *password = editor<QLineEdit>(form, 9);
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        password->setText(u"s3cret"_s);
        QTRY_VERIFY(editor<QComboBox>(form, 10)->isEnabled());
        editor<QComboBox>(form, 10)->setCurrentIndex(2);

        QVERIFY(!form.isValid()); // the file is still missing
        QVERIFY(form.problems().join(u' ').contains(u"attachment"_s));
        // The picker reads the file into a data URL, as a browser's FileReader does.
        QVERIFY(form.loadFile(8, file.fileName()));
        QVERIFY2(form.isValid(), qPrintable(form.problems().join(u'\n')));

        const QHash<int, QJsonValue> values = form.values();
        QCOMPARE(values.value(0), QJsonValue(u"line one\nline two"_s));
        QCOMPARE(values.value(1), QJsonValue(true));
        QCOMPARE(values.value(2), QJsonValue(u"{\"a\": [1, 2]}"_s));
        QCOMPARE(values.value(3), QJsonValue(u"ana@example.com"_s));
        QCOMPARE(values.value(4), QJsonValue(u"mb"_s));
        QCOMPARE(values.value(5), QJsonValue(QJsonArray{u"eu"_s}));
        QCOMPARE(values.value(6), QJsonValue(u"2026-12-01T09:30:00.000Z"_s));
        QCOMPARE(values.value(7), QJsonValue(u"^[a-z]+$"_s));
        const auto url = DataUrl::parse(values.value(8).toString());
        QVERIFY(url);
        QCOMPARE(url->data, QByteArray("hello file"));
        QCOMPARE(url->name, u"report.txt"_s);
        QCOMPARE(url->mimeType, u"text/plain"_s);
        QCOMPARE(values.value(9), QJsonValue(u"s3cret"_s));
        QCOMPARE(values.value(10), QJsonValue(u"s2"_s));
    }

    void refusesAFileOverTheCap()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(u"big.bin"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(2048, 'x'));
        file.close();
        RunArgumentsForm form;
        form.setLimits(ArgumentLimits{1024});
        form.setArguments({argument(Type::File, 0, u"upload"_s)});
        QVERIFY(!form.loadFile(0, file.fileName()));
        QVERIFY(!form.isValid());
        auto *problem = form.findChild<QLabel *>(u"argument-0-problem"_s);
        QVERIFY(problem->text().contains(u"limit"_s));
        QVERIFY(!problem->isHidden());
    }

    void remoteOptionsErrorIsShownAndBlocksRun()
    {
        TaskArgument remote = argument(Type::RemoteOptions, 0, u"server"_s);
        remote.setEndpointUrl(u"https://example.com/x"_s);
        RunArgumentsForm form;
        form.setRemoteOptionsLoader(
            [](const TaskArgument &, const QString &, QObject *context, auto done) {
                QTimer::singleShot(0, context, [done] { done({}, u"HTTP 500"_s); });
            },
            QString());
        form.setArguments({remote});
        auto *combo = editor<QComboBox>(form, 0);
        QTRY_VERIFY(combo->itemText(0).contains(u"HTTP 500"_s));
        QVERIFY(!combo->isEnabled());
        QVERIFY(!form.isValid());
        QVERIFY(form.problems().join(u' ').contains(u"HTTP 500"_s));
    }

    void prefillsToRunAgainWithChanges()
    {
        TaskArgument select = argument(Type::Select, 1, u"unit"_s);
        select.setOptions({{u"gb"_s, u"Gigabytes"_s, 0}, {u"mb"_s, u"Megabytes"_s, 1}});
        RunArgumentsForm form;
        form.setArguments({argument(Type::Input, 0, u"name"_s),
                           select,
                           argument(Type::Boolean, 2, u"flag"_s)},
                          {{0, u"ana"_s}, {1, u"mb"_s}, {2, true}});
        QVERIFY(form.isValid());
        const QHash<int, QJsonValue> values = form.values();
        QCOMPARE(values.value(0), QJsonValue(u"ana"_s));
        QCOMPARE(values.value(1), QJsonValue(u"mb"_s));
        QCOMPARE(values.value(2), QJsonValue(true));
    }
};

QTEST_MAIN(TestRunArgumentsForm)
#include "tst_runargumentsform.moc"
