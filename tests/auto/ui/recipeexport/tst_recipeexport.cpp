#include "../editingtesthelpers.h"

#include "ui/editing/exportoptionsdialog.h"
#include "ui/editing/recipeexporter.h"
#include "ui/editing/recipefiles.h"
#include "ui/editing/resultlistdialog.h"
#include "ui/editing/taskediting.h"
#include "ui/session.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace TheEye;
using namespace Qt::StringLiterals;
using RecipeFiles::ExportKind;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

Task taskNamed(const QString &id, const QString &name)
{
    Task task = Task::newScriptTask();
    task.setId(id);
    task.setName(name);
    TaskArgument fixed = TaskArgument::create(TaskArgument::Type::Fixed, 1, 0, u"Token"_s);
    fixed.setValue(u"s3cret"_s);
    task.setArguments({fixed, TaskArgument::create(TaskArgument::Type::Email, 2, 1, u"To"_s)});
    return task;
}

} // namespace

class TestRecipeExport final : public QObject
{
    Q_OBJECT

private slots:
    void init() { QSettings().clear(); }

    void baseName_data()
    {
        QTest::addColumn<QString>("taskName");
        QTest::addColumn<QString>("expected");
        QTest::newRow("spaces") << u"Check disk space"_s << u"Check_disk_space"_s;
        QTest::newRow("separators") << u"a/b\\c:d*e?"_s << u"a_b_c_d_e"_s;
        QTest::newRow("no way out") << u"../../etc/passwd"_s << u"etc_passwd"_s;
        QTest::newRow("accents kept") << u"Facturación 2024"_s << u"Facturación_2024"_s;
        QTest::newRow("empty") << QString() << u"task"_s;
        QTest::newRow("dots only") << u"..."_s << u"task"_s;
        QTest::newRow("trimmed") << u"  x  "_s << u"x"_s;
    }

    void baseName()
    {
        QFETCH(QString, taskName);
        QFETCH(QString, expected);
        QCOMPARE(RecipeFiles::baseName(taskName), expected);
    }

    void fileNamesTellTheKindsApart()
    {
        QCOMPARE(RecipeFiles::fileName(u"Check disk"_s, ExportKind::Recipe),
                 u"Check_disk.recipe.json"_s);
        QCOMPARE(RecipeFiles::fileName(u"Check disk"_s, ExportKind::Backup),
                 u"Check_disk.backup.json"_s);
        QCOMPARE(RecipeFiles::fileName(u"Check disk"_s, ExportKind::Arguments),
                 u"Check_disk_arguments.json"_s);
        QCOMPARE(RecipeFiles::withSuffix(u"Check_disk.recipe.json"_s, 2),
                 u"Check_disk-2.recipe.json"_s);
        QCOMPARE(RecipeFiles::withSuffix(u"a_arguments.json"_s, 3), u"a-3_arguments.json"_s);
    }

    void collidingNamesGetStableSuffixes()
    {
        const QList<RecipeFiles::Named> tasks{{u"c"_s, u"Backup"_s},
                                              {u"a"_s, u"Backup"_s},
                                              {u"d"_s, u"Backup-2"_s},
                                              {u"b"_s, u"backup"_s},
                                              {u"e"_s, u"Other"_s}};
        const auto names = RecipeFiles::distinctFileNames(tasks, ExportKind::Recipe);
        QCOMPARE(names.value(u"a"_s), u"Backup.recipe.json"_s);
        QCOMPARE(names.value(u"d"_s), u"Backup-2.recipe.json"_s);
        // "backup" collides with "Backup" on case-insensitive file systems.
        QCOMPARE(names.value(u"b"_s), u"backup-3.recipe.json"_s);
        QCOMPARE(names.value(u"c"_s), u"Backup-4.recipe.json"_s);
        QCOMPARE(names.value(u"e"_s), u"Other.recipe.json"_s);
        // The same names whatever the selection order.
        QList<RecipeFiles::Named> reversed(tasks.crbegin(), tasks.crend());
        QCOMPARE(RecipeFiles::distinctFileNames(reversed, ExportKind::Recipe), names);
    }

    void argumentsFilesNeedNoServerAndHideFixedValues()
    {
        QTemporaryDir dir;
        RecipeExporter exporter(nullptr);
        QSignalSpy finished(&exporter, &RecipeExporter::finished);
        const QList<Task> tasks{taskNamed(u"t1"_s, u"Mail report"_s),
                                taskNamed(u"t2"_s, u"Mail report"_s)};
        exporter.start(RecipeExporter::plan(tasks, ExportKind::Arguments, dir.path()),
                       ExportKind::Arguments);
        QVERIFY(finished.isEmpty()); // never synchronously
        QVERIFY(finished.wait(5000));
        const auto outcomes = exporter.outcomes();
        QCOMPARE(outcomes.size(), 2);
        QVERIFY(outcomes.at(0).ok && outcomes.at(1).ok);
        QVERIFY(outcomes.at(0).message.contains(u"empty"_s));
        const QByteArray first = readFile(dir.filePath(u"Mail_report_arguments.json"_s));
        const QByteArray second = readFile(dir.filePath(u"Mail_report-2_arguments.json"_s));
        QVERIFY(!first.isEmpty());
        QCOMPARE(first, second); // deterministic bytes for equal definitions
        QVERIFY(!first.contains("s3cret"));
        const QJsonArray array = QJsonDocument::fromJson(first).array();
        QCOMPARE(array.size(), 2);
        QVERIFY(!array.at(0).toObject().contains("value"_L1));
    }

    void failuresNameTheTaskAndTheReason()
    {
        QTemporaryDir dir;
        RecipeExporter exporter(nullptr);
        QSignalSpy finished(&exporter, &RecipeExporter::finished);
        const Task task = taskNamed(u"t1"_s, u"Check disk"_s);
        exporter.start({{task, dir.filePath(u"missing/folder/x.json"_s)}}, ExportKind::Arguments);
        QVERIFY(finished.wait(5000));
        QVERIFY(!exporter.outcomes().first().ok);
        QVERIFY(exporter.outcomes().first().message.contains(u"Check disk"_s));
        QVERIFY(exporter.outcomes().first().message.contains(u"missing"_s));

        exporter.start({{task, dir.filePath(u"x.recipe.json"_s)}}, ExportKind::Recipe);
        QVERIFY(finished.wait(5000));
        QVERIFY(exporter.outcomes().first().message.contains(u"not connected"_s));
        QVERIFY(!QFile::exists(dir.filePath(u"x.recipe.json"_s)));
    }

    void saveDialogOffersTheThreeKindsAndNamesFollow()
    {
        QTemporaryDir dir;
        QSettings().setValue(u"Export/folder"_s, dir.path());
        Session session;
        TaskEditing editing(&session, nullptr);
        QSignalSpy finished(&editing, &TaskEditing::exportFinished);
        QString offered;
        QString afterBackup;
        Testing::onNextModal<QFileDialog>([&](QFileDialog *dialog) {
            QCOMPARE(dialog->nameFilters().size(), 3);
            offered = dialog->findChild<QLineEdit *>(u"fileNameEdit"_s)->text();
            auto *types = dialog->findChild<QComboBox *>(u"fileTypeCombo"_s);
            types->setFocus();
            QTest::keyClick(types, Qt::Key_Down); // as a user picks "Backup"
            afterBackup = dialog->findChild<QLineEdit *>(u"fileNameEdit"_s)->text();
            QTest::keyClick(types, Qt::Key_Down);     // then "Arguments"
            static_cast<QDialog *>(dialog)->accept(); // what Save does
        });
        editing.exportTasks({taskNamed(u"t1"_s, u"Check disk"_s)});
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(offered, u"Check_disk.recipe.json"_s);
        QCOMPARE(afterBackup, u"Check_disk.backup.json"_s);
        QVERIFY(QFile::exists(dir.filePath(u"Check_disk_arguments.json"_s)));
        QCOMPARE(QSettings().value(u"Export/kind"_s).toInt(), int(ExportKind::Arguments));
    }

    void bulkExportAsksForAFolderAndListsEachTask()
    {
        QTemporaryDir dir;
        Session session;
        TaskEditing editing(&session, nullptr);
        QSignalSpy finished(&editing, &TaskEditing::exportFinished);
        Testing::onNextModal<ExportOptionsDialog>([&dir](ExportOptionsDialog *dialog) {
            auto *folder = dialog->findChild<QLineEdit *>(u"exportFolderEdit"_s);
            folder->setText(dir.filePath(u"nope"_s));
            auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            QVERIFY(!ok->isEnabled()); // the folder does not exist
            folder->setText(dir.path());
            dialog->findChild<QRadioButton *>(u"argumentsRadio"_s)->click();
            ok->click();
        });
        editing.exportTasks({taskNamed(u"t1"_s, u"One"_s), taskNamed(u"t2"_s, u"Two"_s)});
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(QFile::exists(dir.filePath(u"One_arguments.json"_s)));
        QVERIFY(QFile::exists(dir.filePath(u"Two_arguments.json"_s)));
        ResultListDialog *list = editing.resultList();
        QVERIFY(list);
        QCOMPARE(list->rowCount(), 2);
        QCOMPARE(list->count(ResultListDialog::Outcome::Done), 2);
        list->close();
    }
};

QTEST_MAIN(TestRecipeExport)
#include "tst_recipeexport.moc"
