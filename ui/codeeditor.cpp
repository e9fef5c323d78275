#include "ui/codeeditor.h"

#include <QFontDatabase>
#include <QPainter>
#include <QRegularExpression>
#include <QTextBlock>

namespace TheEye {

using namespace Qt::StringLiterals;

namespace {

struct Rule
{
    QRegularExpression pattern;
    QTextCharFormat format;
};

QTextCharFormat colored(const QColor &color, bool bold = false, bool italic = false)
{
    QTextCharFormat format;
    format.setForeground(color);
    if (bold)
        format.setFontWeight(QFont::Bold);
    format.setFontItalic(italic);
    return format;
}

QString keywordsPattern(const QStringList &words,
                        Qt::CaseSensitivity sensitivity = Qt::CaseSensitive)
{
    QString pattern = QStringLiteral("\\b(") + words.join(QLatin1Char('|'))
                      + QStringLiteral(")\\b");
    return sensitivity == Qt::CaseInsensitive ? QStringLiteral("(?i)") + pattern : pattern;
}

QList<Rule> rulesFor(ScriptHighlighter::Language language, bool dark)
{
    const QColor keyword = dark ? QColor(0x62a0ea) : QColor(0x1a5fb4);
    const QColor string = dark ? QColor(0x8ff0a4) : QColor(0x26a269);
    const QColor comment = dark ? QColor(0x9a9996) : QColor(0x77767b);
    const QColor number = dark ? QColor(0xf9f06b) : QColor(0xa2734c);
    const QColor variable = dark ? QColor(0xdc8add) : QColor(0x813d9c);
    using L = ScriptHighlighter::Language;
    QList<Rule> rules;
    const auto add = [&rules](const QString &pattern, const QTextCharFormat &format) {
        rules.append({QRegularExpression(pattern), format});
    };
    switch (language) {
    case L::Shell:
        add(keywordsPattern({u"if"_s,     u"then"_s,  u"else"_s,   u"elif"_s,     u"fi"_s,
                             u"for"_s,    u"while"_s, u"until"_s,  u"do"_s,       u"done"_s,
                             u"case"_s,   u"esac"_s,  u"in"_s,     u"function"_s, u"return"_s,
                             u"exit"_s,   u"local"_s, u"export"_s, u"set"_s,      u"echo"_s,
                             u"printf"_s, u"read"_s,  u"shift"_s,  u"trap"_s}),
            colored(keyword, true));
        add(QStringLiteral("\\$\\{?[A-Za-z_@#?*0-9][A-Za-z0-9_]*\\}?"), colored(variable));
        break;
    case L::Python:
        add(keywordsPattern({u"def"_s,    u"class"_s, u"if"_s,    u"elif"_s,   u"else"_s,
                             u"for"_s,    u"while"_s, u"in"_s,    u"return"_s, u"import"_s,
                             u"from"_s,   u"as"_s,    u"try"_s,   u"except"_s, u"finally"_s,
                             u"with"_s,   u"raise"_s, u"pass"_s,  u"break"_s,  u"continue"_s,
                             u"lambda"_s, u"None"_s,  u"True"_s,  u"False"_s,  u"and"_s,
                             u"or"_s,     u"not"_s,   u"yield"_s, u"async"_s,  u"await"_s}),
            colored(keyword, true));
        break;
    case L::JavaScript:
        add(keywordsPattern({u"function"_s,  u"const"_s,   u"let"_s,   u"var"_s,    u"if"_s,
                             u"else"_s,      u"for"_s,     u"while"_s, u"return"_s, u"require"_s,
                             u"module"_s,    u"exports"_s, u"async"_s, u"await"_s,  u"new"_s,
                             u"try"_s,       u"catch"_s,   u"throw"_s, u"class"_s,  u"null"_s,
                             u"undefined"_s, u"true"_s,    u"false"_s, u"import"_s, u"export"_s}),
            colored(keyword, true));
        break;
    case L::PowerShell:
        add(keywordsPattern({u"function"_s,
                             u"param"_s,
                             u"if"_s,
                             u"elseif"_s,
                             u"else"_s,
                             u"foreach"_s,
                             u"for"_s,
                             u"while"_s,
                             u"return"_s,
                             u"try"_s,
                             u"catch"_s,
                             u"finally"_s,
                             u"throw"_s,
                             u"switch"_s,
                             u"exit"_s,
                             u"Write-Output"_s,
                             u"Write-Host"_s},
                            Qt::CaseInsensitive),
            colored(keyword, true));
        add(QStringLiteral("\\$[A-Za-z_][A-Za-z0-9_:]*"), colored(variable));
        break;
    case L::Plain:
        return rules;
    }
    add(QStringLiteral("\\b[0-9]+(\\.[0-9]+)?\\b"), colored(number));
    add(QStringLiteral("\"([^\"\\\\]|\\\\.)*\"|'[^']*'"), colored(string));
    if (language == L::JavaScript)
        add(QStringLiteral("//.*$"), colored(comment, false, true));
    else
        add(QStringLiteral("(^|\\s)#.*$"), colored(comment, false, true));
    return rules;
}

} // namespace

ScriptHighlighter::ScriptHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{}

void ScriptHighlighter::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    rehighlight();
}

ScriptHighlighter::Language ScriptHighlighter::languageForFileName(const QString &fileName)
{
    const QString lower = fileName.toLower();
    if (lower.endsWith(u".sh") || lower.endsWith(u".bash"))
        return Language::Shell;
    if (lower.endsWith(u".py"))
        return Language::Python;
    if (lower.endsWith(u".js") || lower.endsWith(u".mjs") || lower.endsWith(u".cjs"))
        return Language::JavaScript;
    if (lower.endsWith(u".ps1"))
        return Language::PowerShell;
    return Language::Plain;
}

void ScriptHighlighter::highlightBlock(const QString &text)
{
    const bool dark = document() && document()->property("darkPalette").toBool();
    // The rules are cheap to build but not free; keep them per language and palette.
    static QHash<int, QList<Rule>> cache;
    const int key = int(m_language) * 2 + int(dark);
    auto it = cache.find(key);
    if (it == cache.end())
        it = cache.insert(key, rulesFor(m_language, dark));
    for (const Rule &rule : std::as_const(*it)) {
        auto matches = rule.pattern.globalMatch(text);
        while (matches.hasNext()) {
            const QRegularExpressionMatch match = matches.next();
            setFormat(int(match.capturedStart()), int(match.capturedLength()), rule.format);
        }
    }
}

class LineNumberArea final : public QWidget
{
public:
    explicit LineNumberArea(CodeEditor *editor)
        : QWidget(editor)
        , m_editor(editor)
    {}
    QSize sizeHint() const override { return {m_editor->gutterWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_editor->paintGutter(event); }

private:
    CodeEditor *m_editor;
};

CodeEditor::CodeEditor(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setObjectName(QStringLiteral("codeEditor"));
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabStopDistance(fontMetrics().horizontalAdvance(QLatin1Char(' ')) * 4);
    document()->setProperty("darkPalette", palette().color(QPalette::Base).lightness() < 128);
    m_highlighter = new ScriptHighlighter(document());
    m_gutter = new LineNumberArea(this);
    connect(this, &QPlainTextEdit::blockCountChanged, this, [this] {
        setViewportMargins(gutterWidth(), 0, 0, 0);
    });
    connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect &rect, int dy) {
        if (dy)
            m_gutter->scroll(0, dy);
        else
            m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
    });
    setViewportMargins(gutterWidth(), 0, 0, 0);
}

int CodeEditor::gutterWidth() const
{
    int digits = 1;
    for (int max = std::max(1, blockCount()); max >= 10; max /= 10)
        ++digits;
    return 10 + fontMetrics().horizontalAdvance(QLatin1Char('9')) * std::max(3, digits);
}

void CodeEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect area = contentsRect();
    m_gutter->setGeometry(QRect(area.left(), area.top(), gutterWidth(), area.height()));
}

void CodeEditor::paintGutter(QPaintEvent *event)
{
    QPainter painter(m_gutter);
    painter.fillRect(event->rect(), palette().color(QPalette::AlternateBase));
    painter.setPen(palette().color(QPalette::PlaceholderText));
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    while (block.isValid() && top <= event->rect().bottom()) {
        const int height = qRound(blockBoundingRect(block).height());
        if (block.isVisible() && top + height >= event->rect().top())
            painter.drawText(0,
                             top,
                             m_gutter->width() - 5,
                             fontMetrics().height(),
                             Qt::AlignRight,
                             QString::number(block.blockNumber() + 1));
        block = block.next();
        top += height;
    }
}

} // namespace TheEye
