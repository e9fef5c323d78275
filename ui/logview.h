#pragma once

#include "ui/logbuffer.h"

#include <QAbstractScrollArea>
#include <QTimer>

namespace TheEye {

// A read-only log viewer for job output that stays responsive with millions of lines: it keeps
// the bytes in a LogBuffer and paints only the visible lines (ANSI colours, tabs, carriage
// returns), so appending is O(bytes) and painting O(visible lines). Monospace layout makes
// wrapping and hit-testing arithmetic. Follows the tail until the user scrolls away.
class LogView final : public QAbstractScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogView)

public:
    explicit LogView(QWidget *parent = nullptr);
    ~LogView() override;

    void appendBytes(QByteArrayView bytes);
    void setBytes(QByteArrayView bytes);
    void clear();
    const LogBuffer &buffer() const { return m_buffer; }

    bool followTail() const { return m_followTail; }
    void setFollowTail(bool follow);
    bool wordWrap() const { return m_wrap; }
    void setWordWrap(bool wrap);

    // Search (ASCII case-insensitive). Scrolls to and highlights the hit; false when none.
    bool findNext(const QString &text);
    bool findPrevious(const QString &text);
    void setHighlight(const QString &text); // highlights every visible occurrence
    qsizetype currentMatchLine() const { return m_matchLine; }

    QString selectedText() const;
    void selectAll();
    void copy() const;
    bool hasSelection() const;

    // For tests and the benchmark: the first line painted at the top and how many fit.
    qsizetype topLine() const;
    int visibleLineCapacity() const;

Q_SIGNALS:
    void followTailChanged(bool follow);
    void selectionChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Position
    {
        qsizetype line = 0;
        qsizetype column = 0;
        bool operator==(const Position &) const = default;
        bool operator<(const Position &other) const
        {
            return line != other.line ? line < other.line : column < other.column;
        }
    };

    void updateMetrics();
    void updateScrollBars();
    void scrollToEnd();
    void scrollToLine(qsizetype line);
    void flushPending();
    int columnsPerRow() const;
    int rowsOfLine(qsizetype line) const;
    qsizetype wrappedTopForEnd() const;
    Position positionAt(const QPoint &point) const;
    bool find(const QString &text, bool forward);

    LogBuffer m_buffer;
    QTimer m_repaint;
    bool m_followTail = true;
    bool m_wrap = false;
    bool m_adjustingScroll = false;
    int m_charWidth = 8;
    int m_lineHeight = 16;
    int m_ascent = 12;
    QByteArray m_highlight;
    qsizetype m_matchLine = -1;
    qsizetype m_matchOffset = -1;
    Position m_anchor;
    Position m_cursor;
    bool m_selecting = false;
    bool m_hasSelection = false;
};

} // namespace TheEye
