#include "../editingtesthelpers.h"

#include "models/dataurl.h"
#include "ui/codeeditor.h"
#include "ui/editing/importpreviewdialog.h"
#include "ui/editing/importpreviewpage.h"
#include "ui/editing/recipefiles.h"
#include "ui/editing/resultlistdialog.h"
#include "ui/editing/taskediting.h"
#include "ui/scripteditordialog.h"
#include "ui/session.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace TheEye;
using namespace Qt::StringLiterals;

namespace {

const QString RecipesDir = QStringLiteral(THEEYE_TESTDATA_DIR "/recipes");
const QString CapturesDir = QStringLiteral(THEEYE_TESTDATA_DIR "/real-supervisor");

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

// The shallow recipe a real supervisor exported (capture 03): the current, flat format.
QByteArray flatRecipe()
{
    const QJsonObject capture = QJsonDocument::fromJson(
                                    readFile(CapturesDir + u"/03-task-serialize-shallow.json"_s))
                                    .object();
    return Recipe::toFileBytes(capture.value("response"_L1).toObject().value("body"_L1).toObject());
}

QList<Host> twoBots()
{
    return {Testing::host(u"b1"_s, u"desk-bot"_s), Testing::host(u"b2"_s, u"old-bot"_s, false)};
}

template<typename T>
T *child(QObject *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qWarning("no child %s", qPrintable(name));
    return found;
}

} // namespace

class TestImportPreview final : public QObject
{
    Q_OBJECT

private slots:
    void docsRecipes_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("importable");
        QTest::addColumn<QString>("message");
        QTest::newRow("hello world") << u"HelloWorld_Task.json"_s << true << QString();
        QTest::newRow("env vars") << u"check_theeye_env_vars.json"_s << true << QString();
        QTest::newRow("indicators") << u"indicatorExample.json"_s << true << QString();
        QTest::newRow("move file") << u"move_imported_file.json"_s << true << QString();
        QTest::newRow("weather") << u"task_type-script-check_weather.json"_s << true << QString();
        QTest::newRow("send notification script")
            << u"task_type-script-send_notification.json"_s << true << QString();
        QTest::newRow("dummy") << u"task_type-input-send_notification.json"_s << false
                               << u"input (dummy)"_s;
        QTest::newRow("notification") << u"task_type-notification-send_notification.json"_s << false
                                      << u"a notification task"_s;
    }

    void docsRecipes()
    {
        QFETCH(QString, file);
        QFETCH(bool, importable);
        QFETCH(QString, message);
        const auto source = RecipeFiles::loadFile(RecipesDir + u'/' + file, file);
        QCOMPARE(source.recipe.has_value(), importable);
        if (!importable) {
            QVERIFY2(source.error.startsWith(file + u": "_s), qPrintable(source.error));
            QVERIFY2(source.error.contains(message), qPrintable(source.error));
            QVERIFY2(source.error.contains(u"script tasks only"_s), qPrintable(source.error));
            return;
        }
        QVERIFY(source.error.isEmpty());
        QCOMPARE(source.recipe->format, Recipe::Imported::Format::Legacy);
        QVERIFY(!source.recipe->scriptContent.isEmpty());

        // Every docs recipe opens in the preview, and what it lacks is what blocks it.
        ImportPreviewPage page(file, *source.recipe, twoBots(), {});
        QStringList problems = page.problems();
        QVERIFY(problems.contains(u"Choose the bot that runs the task."_s));
        QCOMPARE(problems.join(u' ').contains(u"Run As"_s), source.recipe->missingRunAs);
        for (const QString &label : source.recipe->blankFixedArguments)
            QVERIFY(problems.contains(u"Fill the fixed value of “%1”."_s.arg(label)));
    }

    void malformedFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        const QByteArray legacy = readFile(RecipesDir + u"/HelloWorld_Task.json"_s);
        QJsonObject badBase64 = QJsonDocument::fromJson(legacy).object();
        QJsonObject file = badBase64.value("file"_L1).toObject();
        file.insert("data"_L1, u"this is *not* base64!"_s);
        badBase64.insert("file"_L1, file);
        QJsonObject noScript = QJsonDocument::fromJson(flatRecipe()).object();
        noScript.remove("script"_L1);
        QJsonObject badArguments = QJsonDocument::fromJson(flatRecipe()).object();
        badArguments.insert("task_arguments"_L1, u"none"_s);

        QTest::newRow("not json") << QByteArray("{\"task\": {\"name\": ") << u"not valid JSON"_s;
        QTest::newRow("empty") << QByteArray("  \n") << u"empty"_s;
        QTest::newRow("html") << QByteArray("<html>404</html>") << u"not valid JSON"_s;
        QTest::newRow("array") << QByteArray("[1, 2]") << u"not an object with a task"_s;
        QTest::newRow("other object")
            << QByteArray("{\"hello\": 1}") << u"neither a \"task\" nor"_s;
        QTest::newRow("task not an object")
            << QByteArray("{\"task\": 3}") << u"must be an object"_s;
        QTest::newRow("bad base64")
            << QJsonDocument(badBase64).toJson() << u"is not valid base64"_s;
        QTest::newRow("missing script")
            << QJsonDocument(noScript).toJson() << u"has no script content"_s;
        QTest::newRow("wrong member type")
            << QJsonDocument(badArguments).toJson() << u"\"task_arguments\" must be a list"_s;
    }

    void malformedFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"broken recipe.json"_s);
        writeFile(path, bytes);
        const auto source = RecipeFiles::loadFile(path, u"broken recipe.json"_s);
        QVERIFY(!source.recipe);
        QVERIFY2(source.error.startsWith(u"broken recipe.json: "_s), qPrintable(source.error));
        QVERIFY2(source.error.contains(message), qPrintable(source.error));
    }

    void limitsAndMissingFiles()
    {
        QTemporaryDir dir;
        const QString big = dir.filePath(u"big.json"_s);
        writeFile(big, flatRecipe());
        const auto tooBig = RecipeFiles::loadFile(big, u"big.json"_s, 100);
        QVERIFY(!tooBig.recipe);
        QVERIFY2(tooBig.error.contains(u"at most"_s), qPrintable(tooBig.error));
        const auto missing = RecipeFiles::loadFile(dir.filePath(u"gone.json"_s), u"gone.json"_s);
        QCOMPARE(missing.error, u"gone.json: the file does not exist."_s);
    }

    void foldersGiveEveryJsonFileAndBadOnesDoNotStopTheOthers()
    {
        QTemporaryDir dir;
        QDir(dir.path()).mkdir(u"recipes"_s);
        QDir(dir.path()).mkdir(u"empty"_s);
        const QString folder = dir.filePath(u"recipes"_s);
        writeFile(folder + u"/b-flat.json"_s, flatRecipe());
        writeFile(folder + u"/a-broken.json"_s, "{");
        writeFile(folder + u"/c-legacy.JSON"_s, readFile(RecipesDir + u"/HelloWorld_Task.json"_s));
        writeFile(folder + u"/notes.txt"_s, "not a recipe");
        const QString loose = dir.filePath(u"loose.json"_s);
        writeFile(loose, readFile(RecipesDir + u"/task_type-script-check_weather.json"_s));

        const auto sources = RecipeFiles::load({folder, loose, dir.filePath(u"empty"_s)});
        QStringList names;
        for (const auto &source : sources)
            names.append(source.displayName);
        QCOMPARE(names,
                 (QStringList{u"recipes/a-broken.json"_s,
                              u"recipes/b-flat.json"_s,
                              u"recipes/c-legacy.JSON"_s,
                              u"loose.json"_s,
                              u"empty"_s}));
        QVERIFY(sources.at(0).error.startsWith(u"recipes/a-broken.json: "_s));
        QCOMPARE(sources.at(1).recipe->format, Recipe::Imported::Format::Flat);
        QCOMPARE(sources.at(2).recipe->format, Recipe::Imported::Format::Legacy);
        QVERIFY(sources.at(3).recipe.has_value());
        QVERIFY(sources.at(4).error.contains(u"no .json files"_s));
    }

    void previewHighlightsWhatMustBeFilled()
    {
        const auto parsed = Recipe::parse(flatRecipe());
        QVERIFY(parsed.ok());
        ImportPreviewPage page(u"echo.recipe.json"_s, *parsed, twoBots(), {u"sudo %script%"_s});
        page.show();
        QSignalSpy changed(&page, &ImportPreviewPage::changed);

        auto *fixed = child<QLineEdit>(&page, u"fixedValueEdit0"_s);
        auto *env = child<QLineEdit>(&page, u"envValueEdit_GREETING"_s);
        auto *bot = child<QComboBox>(&page, u"importBotCombo"_s);
        QVERIFY(fixed->property("needsValue").toBool());
        QVERIFY(env->property("needsValue").toBool());
        QVERIFY(bot->property("needsValue").toBool()); // two bots: the user picks
        QCOMPARE(page.problems().size(), 3);
        QVERIFY(child<QLabel>(&page, u"importProblemLabel"_s)->text().contains(u"GREETING"_s));
        const QString summary = child<QLabel>(&page, u"importSummaryLabel"_s)->text();
        QVERIFY2(summary.contains(u"echo-args.sh"_s), qPrintable(summary));
        QVERIFY(summary.contains(u"md5 8a05416403e6c32f69a22f3f2f47926f"_s));
        QVERIFY(summary.contains(u"Fixed"_s) && summary.contains(u"Choice"_s));
        QVERIFY(child<CodeEditor>(&page, u"importScriptView"_s)->isReadOnly());

        bot->setCurrentIndex(bot->findData(u"b1"_s));
        QTest::keyClicks(fixed, u"constant value"_s);
        QVERIFY(!fixed->property("needsValue").toBool());
        QVERIFY(!changed.isEmpty());
        QCOMPARE(page.problems().size(), 1);
        // An env variable can be left out instead of filled.
        child<QToolButton>(&page, u"removeEnv_GREETING"_s)->click();
        QVERIFY(page.problems().isEmpty());
        QVERIFY(!env->property("needsValue").toBool());

        const Task task = page.task();
        QCOMPARE(task.name(), u"Echo args"_s);
        QCOMPARE(task.hostId(), u"b1"_s);
        QCOMPARE(task.arguments().first().value(), u"constant value"_s);
        QVERIFY(task.env().isEmpty());
        QCOMPARE(task.scriptRunAs(), u"bash %script%"_s);
        QVERIFY(task.id().isEmpty());
        const auto data = decodeScriptData(task.embeddedScript().value("data"_L1).toString());
        QVERIFY(data.has_value());
        QCOMPARE(Script::md5Hex(*data), u"8a05416403e6c32f69a22f3f2f47926f"_s);
        // Not edited: the supervisor may reuse the file it came from.
        QCOMPARE(task.embeddedScript().value("source_model_id"_L1).toString(),
                 u"5a0000000000000000000001"_s);
    }

    void missingRunAsIsFilledFromTheChoices()
    {
        const auto source = RecipeFiles::loadFile(RecipesDir + u"/HelloWorld_Task.json"_s,
                                                  u"HelloWorld_Task.json"_s);
        QVERIFY(source.recipe && source.recipe->missingRunAs);
        ImportPreviewPage page(source.displayName, *source.recipe, {twoBots().first()}, {});
        auto *runAs = child<QComboBox>(&page, u"importRunAsCombo"_s);
        QVERIFY(runAs->property("needsValue").toBool());
        QCOMPARE(page.problems().size(), 1); // one bot is chosen for the user
        runAs->setCurrentIndex(runAs->findText(u"bash %script%"_s));
        QVERIFY(page.problems().isEmpty());
        QCOMPARE(page.task().scriptRunAs(), u"bash %script%"_s);
        QCOMPARE(page.task().hostId(), u"b1"_s);
    }

    void scriptCanBeEditedBeforeImport()
    {
        const auto parsed = Recipe::parse(flatRecipe());
        ImportPreviewPage page(u"echo.recipe.json"_s, *parsed, twoBots(), {});
        page.show();
        const QByteArray edited = "#!/bin/bash\necho edited \"$@\"\n";
        Testing::onNextModal<ScriptEditorDialog>([edited](ScriptEditorDialog *dialog) {
            dialog->findChild<CodeEditor *>(u"scriptContentEdit"_s)
                ->setPlainText(QString::fromUtf8(edited));
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        page.editScript();
        QTRY_VERIFY(page.isScriptEdited());
        const QJsonObject script = page.task().embeddedScript();
        QCOMPARE(decodeScriptData(script.value("data"_L1).toString()), std::optional(edited));
        QCOMPARE(script.value("md5"_L1).toString(), Script::md5Hex(edited));
        QCOMPARE(script.value("size"_L1).toInteger(), edited.size());
        QVERIFY(!script.contains("source_model_id"_L1)); // a new file, not the original
        QCOMPARE(child<CodeEditor>(&page, u"importScriptView"_s)->toPlainText(),
                 QString::fromUtf8(edited));
    }

    void dialogPagesThroughRecipesAndKeepsBadFilesApart()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(u"1.json"_s), flatRecipe());
        writeFile(dir.filePath(u"2.json"_s), "not json at all");
        writeFile(dir.filePath(u"3.json"_s), readFile(RecipesDir + u"/HelloWorld_Task.json"_s));
        ImportPreviewDialog dialog(nullptr,
                                   RecipeFiles::load({dir.path()}),
                                   twoBots(),
                                   {},
                                   nullptr);
        dialog.show();
        QCOMPARE(dialog.count(), 3);
        QCOMPARE(dialog.currentIndex(), 0);
        QCOMPARE(dialog.entry(1).state, ImportPreviewDialog::State::Unreadable);
        QVERIFY(dialog.entry(1).message.contains(u"not valid JSON"_s));
        QVERIFY(!dialog.page(1));
        auto *import = child<QPushButton>(&dialog, u"importButton"_s);
        QVERIFY(!import->isEnabled()); // bot and values missing

        child<QPushButton>(&dialog, u"skipButton"_s)->click();
        QCOMPARE(dialog.currentIndex(), 2); // the unreadable file is passed over
        QCOMPARE(dialog.entry(0).state, ImportPreviewDialog::State::Skipped);

        // Without a connection the import says so on its page, and nothing is lost.
        ImportPreviewPage *page = dialog.page(2);
        child<QComboBox>(page, u"importBotCombo"_s)->setCurrentIndex(1);
        child<QComboBox>(page, u"importRunAsCombo"_s)->setCurrentText(u"bash %script%"_s);
        QVERIFY(import->isEnabled());
        import->click();
        QVERIFY(child<QLabel>(page, u"importStatusLabel"_s)->text().contains(u"Not connected"_s));
        QCOMPARE(dialog.entry(2).state, ImportPreviewDialog::State::Pending);

        QString question;
        Testing::answerNextMessageBox(QMessageBox::Close, &question);
        QSignalSpy finished(&dialog, &QDialog::finished);
        child<QPushButton>(&dialog, u"closeButton"_s)->click();
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(question.contains(u"1 recipe"_s));
        QCOMPARE(dialog.entry(2).state, ImportPreviewDialog::State::Skipped);
    }

    void onlyBadFilesGiveTheListOfProblems()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(u"a.json"_s), "[]");
        writeFile(dir.filePath(u"b.json"_s),
                  readFile(RecipesDir + u"/task_type-input-send_notification.json"_s));
        Session session;
        TaskEditing editing(&session, nullptr);
        QSignalSpy finished(&editing, &TaskEditing::importFinished);
        QVERIFY(!editing.importFiles({dir.filePath(u"a.json"_s), dir.filePath(u"b.json"_s)}));
        QCOMPARE(finished.size(), 1);
        ResultListDialog *list = editing.resultList();
        QVERIFY(list);
        QCOMPARE(list->rowCount(), 2);
        QCOMPARE(list->count(ResultListDialog::Outcome::Failed), 2);
        QCOMPARE(list->itemText(0), u"a.json"_s);
        QVERIFY(list->message(1).contains(u"script tasks only"_s));
        list->close();
    }
};

QTEST_MAIN(TestImportPreview)
#include "tst_importpreview.moc"
