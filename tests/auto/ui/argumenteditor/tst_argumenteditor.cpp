#include "models/argumenttablemodel.h"
#include "ui/argumentdialog.h"
#include "ui/argumenteditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace TheEye;
using namespace Qt::StringLiterals;
using Type = TaskArgument::Type;

namespace {

ArgumentDialog *openDialog(ArgumentEditor &editor)
{
    ArgumentDialog *dialog = nullptr;
    const auto dialogs = editor.findChildren<ArgumentDialog *>();
    for (ArgumentDialog *candidate : dialogs) {
        if (candidate->isVisible())
            dialog = candidate;
    }
    return dialog;
}

QPushButton *okButton(QDialog *dialog)
{
    return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

void setLine(QDialog *dialog, const char *name, const QString &text)
{
    auto *edit = dialog->findChild<QLineEdit *>(QString::fromLatin1(name));
    QVERIFY2(edit, name);
    edit->clear();
    QTest::keyClicks(edit, text);
}

} // namespace

class TestArgumentEditor final : public QObject
{
    Q_OBJECT

private slots:
    void addsEveryTypeThroughItsDialog_data()
    {
        QTest::addColumn<int>("type");
        for (const Type type : TaskArgument::creatableTypes())
            QTest::newRow(qPrintable(TaskArgument::typeName(type))) << int(type);
    }

    void addsEveryTypeThroughItsDialog()
    {
        QFETCH(int, type);
        const auto kind = static_cast<Type>(type);
        ArgumentEditor editor;
        editor.show();
        QSignalSpy changed(&editor, &ArgumentEditor::changed);
        editor.addArgument(kind);
        ArgumentDialog *dialog = openDialog(editor);
        QVERIFY(dialog);
        QVERIFY(!okButton(dialog)->isEnabled()); // no label yet
        QVERIFY(dialog->findChild<QLabel *>(u"problemLabel"_s)->isVisible());
        setLine(dialog, "labelEdit", u"My argument"_s);
        switch (kind) {
        case Type::Fixed:
            QVERIFY(!okButton(dialog)->isEnabled()); // a fixed argument needs its value
            setLine(dialog, "valueEdit", u"constant"_s);
            dialog->findChild<QCheckBox *>(u"maskedCheck"_s)->setChecked(true);
            break;
        case Type::Input:
            setLine(dialog, "patternEdit", u"([a-z"_s);
            QVERIFY(!okButton(dialog)->isEnabled()); // the pattern does not compile
            setLine(dialog, "patternEdit", u"^[a-z]+$"_s);
            dialog->findChild<QSpinBox *>(u"minLengthSpin"_s)->setValue(5);
            dialog->findChild<QSpinBox *>(u"maxLengthSpin"_s)->setValue(2);
            QVERIFY(!okButton(dialog)->isEnabled()); // min above max
            dialog->findChild<QSpinBox *>(u"maxLengthSpin"_s)->setValue(20);
            dialog->findChild<QComboBox *>(u"charsetCombo"_s)->setCurrentIndex(1);
            break;
        case Type::Select: {
            QVERIFY(!okButton(dialog)->isEnabled()); // needs an option
            dialog->findChild<QPushButton *>(u"addOptionButton"_s)->click();
            auto *options = dialog->findChild<QTableWidget *>(u"optionsTable"_s);
            options->item(0, 0)->setText(u"gb"_s);
            QCOMPARE(options->item(0, 1)->text(), u"gb"_s); // the label follows the value
            options->item(0, 1)->setText(u"Gigabytes"_s);
            dialog->findChild<QCheckBox *>(u"multipleCheck"_s)->setChecked(true);
            break;
        }
        case Type::RemoteOptions:
            QVERIFY(!okButton(dialog)->isEnabled());
            setLine(dialog, "endpointEdit", u"https://example.com/items?u=%THEEYE_USER_EMAIL%"_s);
            setLine(dialog, "idAttributeEdit", u"id"_s);
            setLine(dialog, "textAttributeEdit", u"name"_s);
            break;
        case Type::Json: {
            auto *text = dialog->findChild<QPlainTextEdit *>(u"defaultTextEdit"_s);
            text->setPlainText(u"{broken"_s);
            QVERIFY(!okButton(dialog)->isEnabled());
            text->setPlainText(u"{\"a\": 1}"_s);
            break;
        }
        default:
            break;
        }
        QVERIFY(okButton(dialog)->isEnabled());
        okButton(dialog)->click();
        QVERIFY(!changed.isEmpty());

        const QList<TaskArgument> arguments = editor.arguments();
        QCOMPARE(arguments.size(), 1);
        const TaskArgument &argument = arguments.first();
        QCOMPARE(argument.type(), kind);
        QCOMPARE(argument.label(), u"My argument"_s);
        QCOMPARE(argument.order(), 0);
        QCOMPARE(argument.id(), 1);
        QVERIFY(argument.definitionProblems().isEmpty());
        switch (kind) {
        case Type::Fixed:
            QCOMPARE(argument.value(), u"constant"_s);
            QVERIFY(argument.isMasked());
            QVERIFY(argument.isReadOnly());
            break;
        case Type::Input:
            QCOMPARE(argument.pattern(), u"^[a-z]+$"_s);
            QCOMPARE(argument.charsMin(), std::optional<int>(5));
            QCOMPARE(argument.charsMax(), std::optional<int>(20));
            QCOMPARE(argument.charset(), TaskArgument::Charset::Alpha);
            break;
        case Type::Select:
            QCOMPARE(argument.options().size(), 1);
            QCOMPARE(argument.options().first().id, u"gb"_s);
            QCOMPARE(argument.options().first().label, u"Gigabytes"_s);
            QVERIFY(argument.isMultiple());
            break;
        case Type::RemoteOptions:
            QCOMPARE(argument.idAttribute(), u"id"_s);
            QCOMPARE(argument.textAttribute(), u"name"_s);
            break;
        case Type::Json:
            QCOMPARE(argument.value(), u"{\"a\": 1}"_s);
            break;
        default:
            break;
        }
    }

    void editsDeletesAndMovesWithButtons()
    {
        ArgumentEditor editor;
        editor.show();
        editor.setArguments({TaskArgument::create(Type::Input, 1, 0, u"a"_s),
                             TaskArgument::create(Type::Input, 2, 1, u"b"_s),
                             TaskArgument::create(Type::Input, 3, 2, u"c"_s)});
        auto *view = editor.findChild<QTableView *>(u"argumentTable"_s);
        view->setCurrentIndex(editor.model()->index(2, ArgumentTableModel::LabelColumn));
        editor.findChild<QToolButton *>(u"moveArgumentUpButton"_s)->click();
        QCOMPARE(editor.arguments().at(1).label(), u"c"_s);
        QCOMPARE(view->currentIndex().row(), 1); // the selection follows the moved row
        editor.findChild<QToolButton *>(u"moveArgumentDownButton"_s)->click();
        QCOMPARE(editor.arguments().at(2).label(), u"c"_s);

        view->setCurrentIndex(editor.model()->index(0, ArgumentTableModel::LabelColumn));
        editor.findChild<QToolButton *>(u"editArgumentButton"_s)->click();
        ArgumentDialog *dialog = openDialog(editor);
        QVERIFY(dialog);
        QCOMPARE(okButton(dialog)->text(), u"&Update"_s);
        setLine(dialog, "labelEdit", u"renamed"_s);
        okButton(dialog)->click();
        QCOMPARE(editor.arguments().at(0).label(), u"renamed"_s);
        QCOMPARE(editor.arguments().at(0).id(), 1);

        view->setCurrentIndex(editor.model()->index(1, ArgumentTableModel::LabelColumn));
        editor.findChild<QToolButton *>(u"removeArgumentButton"_s)->click();
        QCOMPARE(editor.arguments().size(), 2);
        QCOMPARE(editor.arguments().at(1).label(), u"c"_s);
        QCOMPARE(editor.arguments().at(1).order(), 1);
    }

    void reordersByDragAndDrop()
    {
        ArgumentEditor editor;
        editor.resize(500, 300);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        editor.setArguments({TaskArgument::create(Type::Input, 1, 0, u"a"_s),
                             TaskArgument::create(Type::Input, 2, 1, u"b"_s),
                             TaskArgument::create(Type::Input, 3, 2, u"c"_s)});
        auto *view = editor.findChild<QTableView *>(u"argumentTable"_s);
        // What the view does when a row is dragged: mime data from the model, then a drop on the
        // viewport above the first row.
        std::unique_ptr<QMimeData> data(editor.model()->mimeData({editor.model()->index(2, 0)}));
        const QPoint target = view->visualRect(editor.model()->index(0, 1)).topLeft()
                              + QPoint(5, 2);
        QDragEnterEvent enter(target, Qt::MoveAction, data.get(), Qt::LeftButton, {});
        QCoreApplication::sendEvent(view->viewport(), &enter);
        QDragMoveEvent move(target, Qt::MoveAction, data.get(), Qt::LeftButton, {});
        QCoreApplication::sendEvent(view->viewport(), &move);
        QDropEvent drop(target, Qt::MoveAction, data.get(), Qt::LeftButton, {});
        QCoreApplication::sendEvent(view->viewport(), &drop);
        QStringList labels;
        for (const TaskArgument &argument : editor.arguments())
            labels.append(argument.label());
        QCOMPARE(labels, (QStringList{u"c"_s, u"a"_s, u"b"_s}));
        QCOMPARE(editor.arguments().at(0).order(), 0);
    }

    void exportsWithoutFixedValuesAndImportsBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"args.json"_s);
        ArgumentEditor editor;
        TaskArgument fixed = TaskArgument::create(Type::Fixed, 1, 0, u"token"_s);
        fixed.setValue(u"s3cret"_s);
        editor.setArguments({fixed, TaskArgument::create(Type::Email, 2, 1, u"mail"_s)});
        QVERIFY(editor.exportFile(path));
        auto *notice = editor.findChild<QLabel *>(u"argumentNotice"_s);
        QVERIFY(notice->text().contains(u"empty"_s));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("s3cret"));

        ArgumentEditor other;
        other.setArguments({TaskArgument::create(Type::Input, 1, 0, u"existing"_s)});
        QVERIFY(other.importFile(path, false)); // add after the existing one
        QCOMPARE(other.arguments().size(), 3);
        QCOMPARE(other.arguments().at(1).label(), u"token"_s);
        QCOMPARE(other.arguments().at(2).order(), 2);
        QCOMPARE(other.arguments().at(2).id(), 3);
        QVERIFY(other.problems().size() == 1); // the fixed value must be filled in
        QVERIFY(other.importFile(path, true));
        QCOMPARE(other.arguments().size(), 2);

        QFile bad(dir.filePath(u"bad.json"_s));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{\"not\": \"arguments\"}");
        bad.close();
        QVERIFY(!other.importFile(bad.fileName(), true));
        QVERIFY(other.findChild<QLabel *>(u"argumentNotice"_s)->text().contains(u"bad.json"_s));
        QCOMPARE(other.arguments().size(), 2); // nothing lost
    }
};

QTEST_MAIN(TestArgumentEditor)
#include "tst_argumenteditor.moc"
