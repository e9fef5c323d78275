#include "tsfile.h"

#include "models/durationformat.h"
#include "translations/uilanguage.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QLibraryInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {

QStringList placeholders(const QString &text)
{
    static const QRegularExpression numbered(u"%L?(\\d{1,2})"_s);
    QStringList found;
    for (const QRegularExpressionMatch &match : numbered.globalMatch(text))
        found.append(u'%' + match.captured(1));
    found.sort();
    found.removeDuplicates();
    return found;
}

// A menu or label mnemonic: "&" before a character, not "&&" (a literal ampersand) and not an
// HTML entity such as "&nbsp;".
int acceleratorCount(const QString &text)
{
    static const QRegularExpression accelerator(u"&(?!&|[a-zA-Z]+;|#\\d+;|\\s|$)"_s);
    QString withoutLiterals = text;
    withoutLiterals.replace(u"&&"_s, QString());
    int count = 0;
    for (auto it = accelerator.globalMatch(withoutLiterals); it.hasNext(); it.next())
        ++count;
    return count;
}

QStringList htmlTags(const QString &text)
{
    static const QRegularExpression tag(
        u"</?(b|i|u|p|br|h[1-6]|a|ul|ol|li|tt|code|pre|em|strong|span|div|nobr|table|tr|td)\\b"_s,
        QRegularExpression::CaseInsensitiveOption);
    QStringList tags;
    for (const QRegularExpressionMatch &match : tag.globalMatch(text))
        tags.append(match.captured(0).toLower());
    tags.sort();
    return tags;
}

// What a translation must keep from its source: every %1..%99, %n (in every plural form but the
// singular one, which may say "this task" instead of "1 task"), the accelerator, the rich-text
// tags, the ellipsis and end punctuation, and leading or trailing spaces that glue it to other
// text.
QStringList problemsOf(const TsMessage &message, int pluralForms)
{
    QStringList problems;
    if (!message.translationType.isEmpty())
        problems.append(u"marked %1"_s.arg(message.translationType));
    if (message.numerus && message.forms.size() != pluralForms)
        problems.append(
            u"%1 plural forms, the language has %2"_s.arg(message.forms.size()).arg(pluralForms));
    static const QStringList endings = {u"…"_s, u":"_s, u"."_s, u"?"_s, u"!"_s, u" "_s, u"\n"_s};
    for (qsizetype i = 0; i < message.forms.size(); ++i) {
        const QString &form = message.forms.at(i);
        const QString where = message.numerus ? u"form %1"_s.arg(i) : u"translation"_s;
        if (form.isEmpty()) {
            problems.append(where + u" is empty"_s);
            continue;
        }
        if (placeholders(form) != placeholders(message.source))
            problems.append(
                u"%1 has %2, the source %3"_s.arg(where,
                                                  placeholders(form).join(u' '),
                                                  placeholders(message.source).join(u' ')));
        const bool sourceHasN = message.source.contains(u"%n"_s);
        const bool singularForm = message.numerus && i == 0;
        if (form.contains(u"%n"_s) != sourceHasN && !(singularForm && sourceHasN))
            problems.append(where + u" and the source differ in %n"_s);
        if (acceleratorCount(form) != acceleratorCount(message.source))
            problems.append(where + u" and the source differ in accelerators (&)"_s);
        if (htmlTags(form) != htmlTags(message.source))
            problems.append(where + u" and the source differ in HTML tags"_s);
        for (const QString &ending : endings) {
            if (message.source.endsWith(ending) != form.endsWith(ending))
                problems.append(
                    u"%1 and the source differ in ending with \"%2\""_s.arg(where, ending));
        }
        if (message.source.front().isSpace() != form.front().isSpace())
            problems.append(where + u" and the source differ in a leading space"_s);
    }
    return problems;
}

QString describe(const TsMessage &message)
{
    QString text = message.context + u": \""_s + message.source + u'"';
    if (!message.comment.isEmpty())
        text += u" ("_s + message.comment + u')';
    return text;
}

// Translators installed by a test are removed again, so each test starts untranslated.
void removeInstalledTranslators()
{
    QCoreApplication *app = QCoreApplication::instance();
    const QList<QTranslator *> translators = app->findChildren<QTranslator *>();
    for (QTranslator *translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

} // namespace

class TranslationsTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void spanishMessageIsComplete_data();
    void spanishMessageIsComplete();
    void englishHasEveryPluralAndOnlyPlurals();
    void everySourceStringIsTranslated();
    void embeddedCatalogueTranslates_data();
    void embeddedCatalogueTranslates();
    void layerContextsTranslateThroughRealCode_data();
    void layerContextsTranslateThroughRealCode();
    void installTranslatorsLoadsQtAndTheEye_data();
    void installTranslatorsLoadsQtAndTheEye();
    void resolveUiLocale_data();
    void resolveUiLocale();

private:
    TsFile m_spanish;
    TsFile m_english;
};

void TranslationsTest::initTestCase()
{
    m_spanish = readTsFile(QStringLiteral(THEEYE_ES_TS));
    QVERIFY2(m_spanish.error.isEmpty(), qPrintable(m_spanish.error));
    QVERIFY2(m_spanish.messages.size() > 500,
             qPrintable(u"only %1 messages in theeye_es.ts"_s.arg(m_spanish.messages.size())));
    QVERIFY2(m_spanish.language.startsWith(u"es"_s), qPrintable(m_spanish.language));
    m_english = readTsFile(QStringLiteral(THEEYE_EN_TS));
    QVERIFY2(m_english.error.isEmpty(), qPrintable(m_english.error));
}

void TranslationsTest::cleanup()
{
    removeInstalledTranslators();
}

void TranslationsTest::spanishMessageIsComplete_data()
{
    QTest::addColumn<int>("index");
    for (qsizetype i = 0; i < m_spanish.messages.size(); ++i)
        QTest::addRow("%lld %s",
                      static_cast<long long>(i),
                      qPrintable(describe(m_spanish.messages.at(i)).replace(u'\n', u"\\n"_s)))
            << static_cast<int>(i);
}

void TranslationsTest::spanishMessageIsComplete()
{
    QFETCH(int, index);
    const TsMessage &message = m_spanish.messages.at(index);
    const QStringList problems = problemsOf(message, 2);
    QVERIFY2(problems.isEmpty(),
             qPrintable(describe(message) + u": "_s + problems.join(u"; "_s)
                        + u"\nFix the line in translations/tools/es.glossary and run the "
                          "update_translations target."_s));
}

void TranslationsTest::englishHasEveryPluralAndOnlyPlurals()
{
    QHash<QString, TsMessage> english;
    for (const TsMessage &message : std::as_const(m_english.messages)) {
        QVERIFY2(message.numerus,
                 qPrintable(describe(message) + u" has no %n: theeye_en.ts holds plurals only"_s));
        const QStringList problems = problemsOf(message, 2);
        QVERIFY2(problems.isEmpty(),
                 qPrintable(describe(message) + u": "_s + problems.join(u"; "_s)));
        english.insert(message.key(), message);
    }
    for (const TsMessage &message : std::as_const(m_spanish.messages)) {
        if (message.numerus)
            QVERIFY2(english.contains(message.key()),
                     qPrintable(
                         describe(message)
                         + u" has no English plural forms in translations/tools/en.glossary"_s));
    }
}

// Runs the real lupdate over the same files as the update_translations target, so a string
// added to the sources without a translation fails here, not in front of a Spanish user.
void TranslationsTest::everySourceStringIsTranslated()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString scanned = dir.filePath(u"theeye_es.ts"_s);
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(THEEYE_LUPDATE),
                  {u"-locations"_s,
                   u"none"_s,
                   u"-source-language"_s,
                   u"en"_s,
                   u"@"_s + QStringLiteral(THEEYE_LUPDATE_SOURCES),
                   u"-ts"_s,
                   scanned});
    QVERIFY2(lupdate.waitForFinished(120'000), "lupdate did not finish within two minutes");
    const QByteArray output = lupdate.readAll();
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
             output.constData());

    const TsFile fresh = readTsFile(scanned);
    QVERIFY2(fresh.error.isEmpty(), qPrintable(fresh.error));
    QVERIFY2(fresh.messages.size() > 500, output.constData());

    QHash<QString, const TsMessage *> committed;
    for (const TsMessage &message : std::as_const(m_spanish.messages))
        committed.insert(message.key(), &message);
    QStringList untranslated;
    QSet<QString> current;
    for (const TsMessage &message : fresh.messages) {
        current.insert(message.key());
        const TsMessage *known = committed.value(message.key());
        if (!known || !problemsOf(*known, 2).isEmpty())
            untranslated.append(describe(message));
    }
    for (const TsMessage &message : std::as_const(m_spanish.messages)) {
        if (!current.contains(message.key()))
            qWarning("No longer in the sources (run update_translations to drop it): %s",
                     qPrintable(describe(message)));
    }
    QVERIFY2(untranslated.isEmpty(),
             qPrintable(
                 u"%1 string(s) in the sources have no finished Spanish translation in "
                 "translations/theeye_es.ts. Run `cmake --build <build> --target "
                 "update_translations`, add the lines it prints to "
                 "translations/tools/es.glossary and run it again:\n"_s.arg(untranslated.size())
                 + untranslated.mid(0, 30).join(u'\n')));
}

void TranslationsTest::embeddedCatalogueTranslates_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QByteArray>("context");
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QByteArray>("comment");
    QTest::addColumn<int>("n");
    QTest::addColumn<QString>("expected");

    QTest::newRow("es menu item") << u"es"_s << "TheEye::MainWindow"_ba
                                  << "&Run…"_ba << QByteArray() << -1 << u"&Ejecutar…"_s;
    QTest::newRow("es menu") << u"es"_s << "TheEye::MainWindow"_ba
                             << "&File"_ba << QByteArray() << -1 << u"&Archivo"_s;
    QTest::newRow("es disambiguated") << u"es"_s << "Models"_ba
                                      << "Canceled"_ba
                                      << "job state"_ba << -1 << u"Cancelado"_s;
    QTest::newRow("es client error")
        << u"es"_s << "Client"_ba
        << "The user name or the password is wrong."_ba << QByteArray() << -1
        << u"El nombre de usuario o la contraseña son incorrectos."_s;
    QTest::newRow("es plural one") << u"es"_s << "TheEye::MainWindow"_ba
                                   << "%n task(s)"_ba << QByteArray() << 1 << u"1 tarea"_s;
    QTest::newRow("es plural many") << u"es"_s << "TheEye::MainWindow"_ba
                                    << "%n task(s)"_ba << QByteArray() << 3 << u"3 tareas"_s;
    QTest::newRow("es plural zero") << u"es"_s << "TheEye::JobHistoryPanel"_ba
                                    << "%n job(s)"_ba << QByteArray() << 0 << u"0 trabajos"_s;
    QTest::newRow("en plural one") << u"en"_s << "TheEye::MainWindow"_ba
                                   << "%n task(s)"_ba << QByteArray() << 1 << u"1 task"_s;
    QTest::newRow("en plural many") << u"en"_s << "TheEye::MainWindow"_ba
                                    << "%n task(s)"_ba << QByteArray() << 2 << u"2 tasks"_s;
    QTest::newRow("en leaves the rest") << u"en"_s << "TheEye::MainWindow"_ba
                                        << "&Run…"_ba << QByteArray() << -1 << u"&Run…"_s;
}

void TranslationsTest::embeddedCatalogueTranslates()
{
    QFETCH(QString, language);
    QFETCH(QByteArray, context);
    QFETCH(QByteArray, source);
    QFETCH(QByteArray, comment);
    QFETCH(int, n);
    QFETCH(QString, expected);

    QVERIFY(QFile::exists(u":/i18n/theeye_%1.qm"_s.arg(language)));
    auto *translator = new QTranslator(QCoreApplication::instance());
    QVERIFY(translator->load(QLocale(language), u"theeye"_s, u"_"_s, u":/i18n"_s));
    QVERIFY(QCoreApplication::installTranslator(translator));
    QCOMPARE(QCoreApplication::translate(context.constData(),
                                         source.constData(),
                                         comment.isEmpty() ? nullptr : comment.constData(),
                                         n),
             expected);
}

// formatDuration() translates through ModelsTr, whose Q_DECLARE_TR_FUNCTIONS(Models) context
// must be the one lupdate wrote; a mismatch would leave the real code untranslated.
void TranslationsTest::layerContextsTranslateThroughRealCode_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expected");
    QTest::newRow("es") << u"es"_s << u"2 días"_s;
    QTest::newRow("en") << u"en"_s << u"2 days"_s;
}

void TranslationsTest::layerContextsTranslateThroughRealCode()
{
    QFETCH(QString, language);
    QFETCH(QString, expected);
    const TheEye::InstalledTranslators installed = TheEye::installTranslators(
        *QCoreApplication::instance(), QLocale(language));
    QVERIFY(installed.theEye);
    QCOMPARE(TheEye::formatDuration(2LL * 24 * 3600 * 1000), expected);
}

void TranslationsTest::installTranslatorsLoadsQtAndTheEye_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("theEyeCatalogue");
    QTest::addColumn<QString>("qtCancel");
    QTest::newRow("Spanish") << u"es"_s << true << u"Cancelar"_s;
    QTest::newRow("Spanish of Argentina falls back to es") << u"es_AR"_s << true << u"Cancelar"_s;
    QTest::newRow("French: Qt's only") << u"fr"_s << false << u"Annuler"_s;
}

void TranslationsTest::installTranslatorsLoadsQtAndTheEye()
{
    QFETCH(QString, language);
    QFETCH(bool, theEyeCatalogue);
    QFETCH(QString, qtCancel);
    const QLocale locale(language);
    const TheEye::InstalledTranslators installed = TheEye::installTranslators(
        *QCoreApplication::instance(), locale);
    QCOMPARE(installed.theEye, theEyeCatalogue);
    QCOMPARE(QCoreApplication::translate("TheEye::MainWindow", "&Run…") == u"&Ejecutar…"_s,
             theEyeCatalogue);

    // Qt's own catalogue comes from Debian's qt6-translations-l10n, a Recommends of the
    // package: without it the app still starts, with Qt's dialogs in English.
    const bool qtCatalogueInstalled = QFile::exists(
        QLibraryInfo::path(QLibraryInfo::TranslationsPath) + u"/qtbase_"_s + locale.name().left(2)
        + u".qm"_s);
    QCOMPARE(installed.qtBase, qtCatalogueInstalled);
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"),
             qtCatalogueInstalled ? qtCancel : u"Cancel"_s);
}

void TranslationsTest::resolveUiLocale_data()
{
    QTest::addColumn<QString>("commandLine");
    QTest::addColumn<QVariant>("stored");
    QTest::addColumn<QString>("expected"); // "system" for QLocale::system()

    QTest::newRow("nothing chosen: the system") << QString() << QVariant() << u"system"_s;
    QTest::newRow("Settings: System") << QString() << QVariant(QString()) << u"system"_s;
    QTest::newRow("Settings: Español") << QString() << QVariant(u"es"_s) << u"es"_s;
    QTest::newRow("Settings: English") << QString() << QVariant(u"en"_s) << u"en"_s;
    QTest::newRow("--lang wins") << u"en"_s << QVariant(u"es"_s) << u"en"_s;
    QTest::newRow("--lang without a setting") << u"es"_s << QVariant() << u"es"_s;
    QTest::newRow("--lang with a region") << u"es_MX"_s << QVariant(u"en"_s) << u"es_MX"_s;
    QTest::newRow("unknown --lang: the setting") << u"xx"_s << QVariant(u"es"_s) << u"es"_s;
    QTest::newRow("hand-edited setting: the system")
        << QString() << QVariant(u"klingon"_s) << u"system"_s;
    QTest::newRow("setting of the wrong type") << QString() << QVariant(42) << u"system"_s;
}

void TranslationsTest::resolveUiLocale()
{
    QFETCH(QString, commandLine);
    QFETCH(QVariant, stored);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    if (stored.isValid())
        settings.setValue(TheEye::languageSettingKey(), stored);
    const QLocale locale = TheEye::resolveUiLocale(commandLine, settings);
    if (expected == u"system"_s)
        QCOMPARE(locale.name(), QLocale::system().name());
    else
        QCOMPARE(locale.name(), QLocale(expected).name());
}

QTEST_GUILESS_MAIN(TranslationsTest)
#include "tst_translations.moc"
