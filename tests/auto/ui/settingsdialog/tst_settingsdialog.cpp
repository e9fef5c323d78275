#include "translations/uilanguage.h"
#include "ui/appearance.h"
#include "ui/settingsdialog.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPointer>
#include <QSettings>
#include <QStyle>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {

QComboBox *languageCombo(QWidget *dialog)
{
    return dialog->findChild<QComboBox *>(u"languageCombo"_s);
}

QString storedLanguage()
{
    return QSettings().value(TheEye::languageSettingKey(), u"<unset>"_s).toString();
}

} // namespace

class SettingsDialogTest final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsTheStoredLanguage_data();
    void showsTheStoredLanguage();
    void noteSaysWhenTheChangeApplies();
    void okStoresTheChoice_data();
    void okStoresTheChoice();
    void cancelStoresNothing();
    void speaksSpanishWithTheSpanishCatalogue();
    void appearanceIsStoredAndAppliedAtOnce_data();
    void appearanceIsStoredAndAppliedAtOnce();
    void appearanceNamesRoundTrip_data();
    void appearanceNamesRoundTrip();
};

void SettingsDialogTest::init()
{
    QSettings().clear();
}

void SettingsDialogTest::cleanup()
{
    TheEye::applyAppearance(TheEye::Appearance::System);
    const QList<QTranslator *> translators = qApp->findChildren<QTranslator *>();
    for (QTranslator *translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

void SettingsDialogTest::showsTheStoredLanguage_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<QString>("code");
    QTest::newRow("system") << QString() << u"System language"_s << QString();
    QTest::newRow("English") << u"en"_s << u"English"_s << u"en"_s;
    QTest::newRow("Español") << u"es"_s << u"Español"_s << u"es"_s;
    QTest::newRow("unknown code: system") << u"fr"_s << u"System language"_s << QString();
}

void SettingsDialogTest::showsTheStoredLanguage()
{
    QFETCH(QString, stored);
    QFETCH(QString, shown);
    QFETCH(QString, code);
    TheEye::SettingsDialog dialog(stored);
    QCOMPARE(languageCombo(&dialog)->count(), 3);
    QCOMPARE(languageCombo(&dialog)->currentText(), shown);
    QCOMPARE(dialog.languageCode(), code);
}

void SettingsDialogTest::noteSaysWhenTheChangeApplies()
{
    TheEye::SettingsDialog dialog(u"en"_s);
    auto *note = dialog.findChild<QLabel *>(u"restartNote"_s);
    QVERIFY(note);
    QVERIFY(!note->text().contains(u"next time"_s));
    languageCombo(&dialog)->setCurrentIndex(languageCombo(&dialog)->findData(u"es"_s));
    QCOMPARE(dialog.languageCode(), u"es"_s);
    QVERIFY2(note->text().contains(u"next time"_s), qPrintable(note->text()));
    languageCombo(&dialog)->setCurrentIndex(languageCombo(&dialog)->findData(u"en"_s));
    QVERIFY(!note->text().contains(u"next time"_s));
}

void SettingsDialogTest::okStoresTheChoice_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("chosen");
    QTest::newRow("system to Español") << QString() << u"es"_s;
    QTest::newRow("Español to English") << u"es"_s << u"en"_s;
    QTest::newRow("English back to system") << u"en"_s << QString();
}

void SettingsDialogTest::okStoresTheChoice()
{
    QFETCH(QString, before);
    QFETCH(QString, chosen);
    QSettings().setValue(TheEye::languageSettingKey(), before);
    QWidget parent;
    TheEye::openSettingsDialog(&parent);
    QPointer<TheEye::SettingsDialog> dialog = parent.findChild<TheEye::SettingsDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->languageCode(), before);
    languageCombo(dialog)->setCurrentIndex(languageCombo(dialog)->findData(chosen));
    dialog->accept();
    QCOMPARE(storedLanguage(), chosen);
    QTRY_VERIFY(dialog.isNull());
}

void SettingsDialogTest::cancelStoresNothing()
{
    QSettings().setValue(TheEye::languageSettingKey(), u"en"_s);
    QWidget parent;
    TheEye::openSettingsDialog(&parent);
    QPointer<TheEye::SettingsDialog> dialog = parent.findChild<TheEye::SettingsDialog *>();
    QVERIFY(dialog);
    languageCombo(dialog)->setCurrentIndex(languageCombo(dialog)->findData(u"es"_s));
    dialog->reject();
    QCOMPARE(storedLanguage(), u"en"_s);
    QTRY_VERIFY(dialog.isNull());
}

// The catalogue reaches the GUI through theeye_ui itself (it links theeye_translations), as it
// does in the app.
void SettingsDialogTest::speaksSpanishWithTheSpanishCatalogue()
{
    QVERIFY(TheEye::installTranslators(*qApp, QLocale(u"es"_s)).theEye);
    TheEye::SettingsDialog dialog{QString()};
    QCOMPARE(dialog.windowTitle(), u"Preferencias"_s);
    QCOMPARE(languageCombo(&dialog)->itemText(0), u"Idioma del sistema"_s);
    QCOMPARE(languageCombo(&dialog)->itemText(2), u"Español"_s);
}

void SettingsDialogTest::appearanceIsStoredAndAppliedAtOnce_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<int>("chosen");
    QTest::addColumn<QString>("stored");
    QTest::addColumn<bool>("darkWindow");
    QTest::newRow("system to dark")
        << QString() << int(TheEye::Appearance::Dark) << u"dark"_s << true;
    QTest::newRow("dark to light")
        << u"dark"_s << int(TheEye::Appearance::Light) << u"light"_s << false;
    QTest::newRow("dark to system")
        << u"dark"_s << int(TheEye::Appearance::System) << u"system"_s << false;
    QTest::newRow("unknown stored, dark")
        << u"purple"_s << int(TheEye::Appearance::Dark) << u"dark"_s << true;
}

void SettingsDialogTest::appearanceIsStoredAndAppliedAtOnce()
{
    QFETCH(QString, before);
    QFETCH(int, chosen);
    QFETCH(QString, stored);
    QFETCH(bool, darkWindow);
    const QPalette systemPalette = QApplication::palette();
    QSettings().setValue(TheEye::appearanceSettingKey(), before);
    TheEye::applyAppearance(TheEye::storedAppearance());
    QWidget parent;
    TheEye::openSettingsDialog(&parent);
    QPointer<TheEye::SettingsDialog> dialog = parent.findChild<TheEye::SettingsDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->appearance(), TheEye::appearanceFromName(before));
    auto *combo = dialog->findChild<QComboBox *>(u"appearanceCombo"_s);
    QVERIFY(combo);
    QCOMPARE(combo->count(), 3);
    combo->setCurrentIndex(combo->findData(chosen));
    dialog->accept();
    QCOMPARE(QSettings().value(TheEye::appearanceSettingKey()).toString(), stored);
    QCOMPARE(QApplication::palette().color(QPalette::Window).lightness() < 128, darkWindow);
    // Open windows follow at once (through the palette change events).
    QTRY_COMPARE(parent.palette().color(QPalette::Base).lightness() < 128, darkWindow);
    if (chosen != int(TheEye::Appearance::System))
        QCOMPARE(QApplication::style()->name().toLower(), u"fusion"_s);
    else
        QCOMPARE(QApplication::palette().color(QPalette::Window),
                 systemPalette.color(QPalette::Window));
    QTRY_VERIFY(dialog.isNull());
}

void SettingsDialogTest::appearanceNamesRoundTrip_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("appearance");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("system") << u"system"_s << int(TheEye::Appearance::System) << u"system"_s;
    QTest::newRow("light") << u"light"_s << int(TheEye::Appearance::Light) << u"light"_s;
    QTest::newRow("dark") << u"dark"_s << int(TheEye::Appearance::Dark) << u"dark"_s;
    QTest::newRow("empty") << QString() << int(TheEye::Appearance::System) << u"system"_s;
    QTest::newRow("wrong case") << u"DARK"_s << int(TheEye::Appearance::System) << u"system"_s;
}

void SettingsDialogTest::appearanceNamesRoundTrip()
{
    QFETCH(QString, name);
    QFETCH(int, appearance);
    QFETCH(QString, canonical);
    QCOMPARE(int(TheEye::appearanceFromName(name)), appearance);
    QCOMPARE(TheEye::appearanceName(TheEye::appearanceFromName(name)), canonical);
}

QTEST_MAIN(SettingsDialogTest)
#include "tst_settingsdialog.moc"
