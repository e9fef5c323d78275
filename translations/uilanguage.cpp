#include "translations/uilanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

#include <optional>

using namespace Qt::StringLiterals;

namespace TheEye {

QString languageSettingKey()
{
    return u"General/language"_s;
}

QStringList supportedLanguageCodes()
{
    return {u"en"_s, u"es"_s};
}

namespace {

// "es", "es_AR", "en_GB"…: any region of a language TheEye has a catalogue for.
std::optional<QLocale> supportedLocale(const QString &code)
{
    if (code.isEmpty())
        return std::nullopt;
    const QLocale locale(code);
    for (const QString &supported : supportedLanguageCodes()) {
        if (locale.language() == QLocale(supported).language())
            return locale;
    }
    return std::nullopt;
}

} // namespace

QLocale resolveUiLocale(const QString &commandLineLanguage, const QSettings &settings)
{
    if (const auto chosen = supportedLocale(commandLineLanguage))
        return *chosen;
    const QVariant stored = settings.value(languageSettingKey());
    if (stored.typeId() == QMetaType::QString) {
        if (const auto chosen = supportedLocale(stored.toString()))
            return *chosen;
    }
    return QLocale::system();
}

InstalledTranslators installTranslators(QCoreApplication &app, const QLocale &locale)
{
    InstalledTranslators installed;
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale,
                           u"qtbase"_s,
                           u"_"_s,
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        installed.qtBase = QCoreApplication::installTranslator(qtTranslator);
    } else {
        delete qtTranslator;
    }
    auto *appTranslator = new QTranslator(&app);
    if (appTranslator->load(locale, u"theeye"_s, u"_"_s, u":/i18n"_s)) {
        installed.theEye = QCoreApplication::installTranslator(appTranslator);
    } else {
        delete appTranslator;
    }
    return installed;
}

} // namespace TheEye
