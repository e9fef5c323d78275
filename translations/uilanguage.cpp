#include "translations/uilanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

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

QLocale resolveUiLocale(const QString &commandLineLanguage, const QSettings &settings)
{
    const QStringList supported = supportedLanguageCodes();
    if (supported.contains(commandLineLanguage))
        return QLocale(commandLineLanguage);
    const QString stored = settings.value(languageSettingKey()).toString();
    if (supported.contains(stored))
        return QLocale(stored);
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
