#pragma once

#include <QPlainTextEdit>
#include <QSyntaxHighlighter>

namespace TheEye {

// Basic highlighting for the script languages TheEye tasks use: shell, Python, JavaScript and
// PowerShell (keywords, strings, comments, numbers, variables).
class ScriptHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScriptHighlighter)

public:
    enum class Language { Plain, Shell, Python, JavaScript, PowerShell };

    explicit ScriptHighlighter(QTextDocument *document);

    void setLanguage(Language language);
    Language language() const { return m_language; }
    static Language languageForFileName(const QString &fileName);

protected:
    void highlightBlock(const QString &text) override;

private:
    Language m_language = Language::Plain;
};

// A monospace editor with a line-number gutter.
class CodeEditor final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodeEditor)

public:
    explicit CodeEditor(QWidget *parent = nullptr);

    ScriptHighlighter *highlighter() const { return m_highlighter; }
    int gutterWidth() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    friend class LineNumberArea;
    void paintGutter(QPaintEvent *event);

    QWidget *m_gutter = nullptr;
    ScriptHighlighter *m_highlighter = nullptr;
};

} // namespace TheEye
