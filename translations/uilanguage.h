#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;
class QSettings;

namespace TheEye {

// The language the user picked in Settings, stored under languageSettingKey() as "" (follow
// the system), "en" or "es". It takes effect at the next start: widgets built before a
// translator changes would keep their old texts.
QString languageSettingKey();
QStringList supportedLanguageCodes();

// --lang wins over the stored setting, which wins over the system locale. Any region of a
// supported language counts ("es_AR"); an unknown code (from the command line or a hand-edited
// settings file) falls through to the next source.
QLocale resolveUiLocale(const QString &commandLineLanguage, const QSettings &settings);

struct InstalledTranslators
{
    bool qtBase = false; // Qt's own qtbase_<lang>.qm from QLibraryInfo::TranslationsPath
    bool theEye = false; // :/i18n/theeye_<lang>.qm embedded by theeye_translations
};

// Installs Qt's and TheEye's translators for locale on app; they are children of app, so they
// live as long as it does. English has a catalogue of its own only for plural forms.
InstalledTranslators installTranslators(QCoreApplication &app, const QLocale &locale);

} // namespace TheEye
