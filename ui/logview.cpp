#include "ui/logview.h"

#include "ui/ansitext.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>
#include <QScrollBar>

#include <algorithm>

namespace TheEye {
namespace {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

} // namespace

LogView::LogView(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setObjectName(QStringLiteral("logView"));
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setCursor(Qt::IBeamCursor);
    // Coalesce bursts of output into at most one layout and repaint per frame.
    m_repaint.setSingleShot(true);
    m_repaint.setInterval(16);
    connect(&m_repaint, &QTimer::timeout, this, &LogView::flushPending);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, [this] {
        if (m_adjustingScroll)
            return;
        const bool atEnd = verticalScrollBar()->value() >= verticalScrollBar()->maximum();
        if (atEnd != m_followTail) {
            m_followTail = atEnd;
            Q_EMIT followTailChanged(m_followTail);
        }
    });
    updateMetrics();
}

LogView::~LogView() = default;

void LogView::appendBytes(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return;
    m_buffer.append(bytes);
    if (!m_repaint.isActive())
        m_repaint.start();
}

void LogView::setBytes(QByteArrayView bytes)
{
    m_buffer.clear();
    m_hasSelection = false;
    m_matchLine = -1;
    m_buffer.append(bytes);
    flushPending();
}

void LogView::clear()
{
    setBytes({});
}

void LogView::flushPending()
{
    updateScrollBars();
    if (m_followTail)
        scrollToEnd();
    viewport()->update();
}

void LogView::setFollowTail(bool follow)
{
    if (follow == m_followTail)
        return;
    m_followTail = follow;
    if (follow)
        scrollToEnd();
    Q_EMIT followTailChanged(follow);
}

void LogView::setWordWrap(bool wrap)
{
    if (wrap == m_wrap)
        return;
    const qsizetype top = topLine();
    m_wrap = wrap;
    updateScrollBars();
    if (m_followTail)
        scrollToEnd();
    else
        scrollToLine(top);
    viewport()->update();
}

void LogView::updateMetrics()
{
    const QFontMetrics metrics(font());
    m_charWidth = std::max(1, metrics.horizontalAdvance(QLatin1Char('M')));
    m_lineHeight = std::max(1, metrics.lineSpacing());
    m_ascent = metrics.ascent();
}

int LogView::visibleLineCapacity() const
{
    return std::max(1, viewport()->height() / m_lineHeight);
}

int LogView::columnsPerRow() const
{
    return std::max(1, (viewport()->width() - 4) / m_charWidth);
}

int LogView::rowsOfLine(qsizetype line) const
{
    if (!m_wrap)
        return 1;
    // Byte length is an upper bound of display columns; close enough for ASCII-heavy logs and
    // far cheaper than decoding every line.
    const qsizetype length = m_buffer.line(line).size();
    return static_cast<int>(
        std::max<qsizetype>(1, (length + columnsPerRow() - 1) / columnsPerRow()));
}

qsizetype LogView::wrappedTopForEnd() const
{
    const qsizetype count = m_buffer.lineCount();
    int rows = 0;
    qsizetype line = count;
    while (line > 0) {
        const int lineRows = rowsOfLine(line - 1);
        if (rows + lineRows > visibleLineCapacity())
            break;
        rows += lineRows;
        --line;
    }
    return std::min(line, std::max<qsizetype>(0, count - 1));
}

void LogView::updateScrollBars()
{
    m_adjustingScroll = true;
    const qsizetype count = m_buffer.lineCount();
    QScrollBar *vertical = verticalScrollBar();
    const qsizetype maximum = m_wrap ? wrappedTopForEnd()
                                     : std::max<qsizetype>(0, count - visibleLineCapacity());
    vertical->setRange(0, static_cast<int>(std::min<qsizetype>(maximum, INT_MAX)));
    vertical->setPageStep(visibleLineCapacity());
    vertical->setSingleStep(1);
    QScrollBar *horizontal = horizontalScrollBar();
    if (m_wrap) {
        horizontal->setRange(0, 0);
    } else {
        const qsizetype width = m_buffer.longestLine() * m_charWidth + 8;
        horizontal->setRange(0,
                             static_cast<int>(
                                 std::clamp<qsizetype>(width - viewport()->width(), 0, INT_MAX)));
        horizontal->setPageStep(viewport()->width());
        horizontal->setSingleStep(m_charWidth * 4);
    }
    m_adjustingScroll = false;
}

void LogView::scrollToEnd()
{
    m_adjustingScroll = true;
    verticalScrollBar()->setValue(verticalScrollBar()->maximum());
    m_adjustingScroll = false;
}

void LogView::scrollToLine(qsizetype line)
{
    QScrollBar *vertical = verticalScrollBar();
    const qsizetype top = line - visibleLineCapacity() / 3; // keep some context above the hit
    const int value = static_cast<int>(std::clamp<qsizetype>(top, 0, vertical->maximum()));
    if (line < vertical->value() || line >= vertical->value() + visibleLineCapacity() - 1)
        vertical->setValue(value);
}

qsizetype LogView::topLine() const
{
    return verticalScrollBar()->value();
}

void LogView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
    if (m_followTail)
        scrollToEnd();
}

void LogView::scrollContentsBy(int, int)
{
    viewport()->update();
}

void LogView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange) {
        updateMetrics();
        updateScrollBars();
    }
    QAbstractScrollArea::changeEvent(event);
}

void LogView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    const QPalette &pal = palette();
    painter.fillRect(viewport()->rect(), pal.color(QPalette::Base));
    painter.setFont(font());
    const bool dark = isDark(pal);
    const QColor text = pal.color(QPalette::Text);
    const QColor highlightBackground = dark ? QColor(0x7a6a00) : QColor(0xfff3a3);
    const QColor currentMatchBackground = dark ? QColor(0xb5835a) : QColor(0xffb347);
    const QColor selection = pal.color(QPalette::Highlight);

    const qsizetype count = m_buffer.lineCount();
    const int xOffset = 2 - horizontalScrollBar()->value();
    const int cpr = columnsPerRow();
    const Position selStart = std::min(m_anchor, m_cursor);
    const Position selEnd = std::max(m_anchor, m_cursor);
    const QString highlight = QString::fromUtf8(m_highlight);

    int y = 0;
    for (qsizetype line = topLine(); line < count && y < viewport()->height(); ++line) {
        const QString raw = [&] {
            QString decoded = QString::fromUtf8(m_buffer.line(line));
            const qsizetype cr = decoded.lastIndexOf(u'\r');
            if (cr >= 0)
                decoded.remove(0, cr + 1);
            return decoded;
        }();
        QList<AnsiSpan> spans = parseAnsi(raw, dark);
        // Tabs to 8 columns, so columns are the same in spans, search and selection.
        qsizetype column = 0;
        for (AnsiSpan &span : spans) {
            if (!span.text.contains(u'\t')) {
                column += span.text.size();
                continue;
            }
            QString expanded;
            for (const QChar c : std::as_const(span.text)) {
                if (c == u'\t') {
                    const qsizetype pad = 8 - column % 8;
                    expanded.append(QString(pad, u' '));
                    column += pad;
                } else {
                    expanded.append(c);
                    ++column;
                }
            }
            span.text = expanded;
        }
        QString plain;
        for (const AnsiSpan &span : std::as_const(spans))
            plain.append(span.text);

        const int rows = m_wrap ? static_cast<int>(
                             std::max<qsizetype>(1, (plain.size() + cpr - 1) / cpr))
                                : 1;
        const auto rectFor = [&](qsizetype from, qsizetype to) { // columns [from, to) of this line
            QList<QRect> rects;
            while (from < to) {
                const qsizetype row = m_wrap ? from / cpr : 0;
                const qsizetype rowEnd = m_wrap ? std::min(to, (row + 1) * cpr) : to;
                const qsizetype startCol = m_wrap ? from - row * cpr : from;
                rects.append(QRect(xOffset + static_cast<int>(startCol) * m_charWidth,
                                   y + static_cast<int>(row) * m_lineHeight,
                                   static_cast<int>(rowEnd - from) * m_charWidth,
                                   m_lineHeight));
                from = rowEnd;
            }
            return rects;
        };

        // Backgrounds: search hits, then the selection.
        if (!highlight.isEmpty()) {
            for (qsizetype at = plain.indexOf(highlight, 0, Qt::CaseInsensitive); at >= 0;
                 at = plain.indexOf(highlight, at + highlight.size(), Qt::CaseInsensitive)) {
                const QColor color = line == m_matchLine ? currentMatchBackground
                                                         : highlightBackground;
                for (const QRect &r : rectFor(at, at + highlight.size()))
                    painter.fillRect(r, color);
            }
        }
        if (m_hasSelection && line >= selStart.line && line <= selEnd.line) {
            const qsizetype from = line == selStart.line ? selStart.column : 0;
            const qsizetype to = line == selEnd.line ? selEnd.column : plain.size() + 1;
            for (const QRect &r : rectFor(from, std::max(from, to)))
                painter.fillRect(r, selection);
        }

        // Only the columns on screen are laid out: the rows above the bottom edge when
        // wrapping, the horizontally scrolled window otherwise.
        const qsizetype firstVisible = m_wrap ? 0 : std::max(0, -xOffset) / m_charWidth;
        const qsizetype endVisible = m_wrap ? qsizetype(viewport()->height() - y + m_lineHeight - 1)
                                                  / m_lineHeight * cpr
                                            : (viewport()->width() - xOffset) / m_charWidth + 1;

        // Text, span by span, split at row boundaries when wrapping.
        qsizetype col = 0;
        for (const AnsiSpan &span : std::as_const(spans)) {
            if (col >= endVisible)
                break;
            if (col + span.text.size() <= firstVisible) {
                col += span.text.size();
                continue;
            }
            QFont spanFont = font();
            spanFont.setBold(span.bold);
            spanFont.setItalic(span.italic);
            spanFont.setUnderline(span.underline);
            painter.setFont(spanFont);
            qsizetype offset = std::max<qsizetype>(0, firstVisible - col);
            while (offset < span.text.size() && col + offset < endVisible) {
                const qsizetype absolute = col + offset;
                const qsizetype row = m_wrap ? absolute / cpr : 0;
                const qsizetype room = m_wrap ? (row + 1) * cpr - absolute : endVisible - absolute;
                const qsizetype take = std::min(room, span.text.size() - offset);
                const int x = xOffset
                              + static_cast<int>(m_wrap ? absolute - row * cpr : absolute)
                                    * m_charWidth;
                const int top = y + static_cast<int>(row) * m_lineHeight;
                if (span.background.isValid())
                    painter
                        .fillRect(QRect(x, top, static_cast<int>(take) * m_charWidth, m_lineHeight),
                                  span.background);
                painter.setPen(span.foreground.isValid() ? span.foreground : text);
                painter.drawText(x, top + m_ascent, span.text.sliced(offset, take));
                offset += take;
            }
            col += span.text.size();
        }
        y += rows * m_lineHeight;
    }
}

LogView::Position LogView::positionAt(const QPoint &point) const
{
    const qsizetype count = m_buffer.lineCount();
    if (count == 0)
        return {};
    const int column = std::max(0,
                                (point.x() - 2 + horizontalScrollBar()->value() + m_charWidth / 2)
                                    / m_charWidth);
    int y = 0;
    for (qsizetype line = topLine(); line < count; ++line) {
        const int rows = rowsOfLine(line);
        if (point.y() < y + rows * m_lineHeight || line == count - 1) {
            const int row = std::clamp((point.y() - y) / m_lineHeight, 0, rows - 1);
            const qsizetype length = m_buffer.plainLine(line).size();
            const qsizetype col = m_wrap ? static_cast<qsizetype>(row) * columnsPerRow()
                                               + std::min(column, columnsPerRow())
                                         : column;
            return {line, std::min(col, length)};
        }
        y += rows * m_lineHeight;
    }
    return {count - 1, m_buffer.plainLine(count - 1).size()};
}

void LogView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QAbstractScrollArea::mousePressEvent(event);
    const Position position = positionAt(event->position().toPoint());
    if (!(event->modifiers() & Qt::ShiftModifier) || !m_hasSelection)
        m_anchor = position;
    m_cursor = position;
    m_selecting = true;
    m_hasSelection = !(m_anchor == m_cursor);
    viewport()->update();
    Q_EMIT selectionChanged();
}

void LogView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_selecting)
        return;
    m_cursor = positionAt(event->position().toPoint());
    m_hasSelection = !(m_anchor == m_cursor);
    // Dragging past the edges scrolls.
    if (event->position().y() < 0)
        verticalScrollBar()->triggerAction(QAbstractSlider::SliderSingleStepSub);
    else if (event->position().y() > viewport()->height())
        verticalScrollBar()->triggerAction(QAbstractSlider::SliderSingleStepAdd);
    viewport()->update();
}

void LogView::mouseReleaseEvent(QMouseEvent *event)
{
    m_selecting = false;
    if (m_hasSelection && event->button() == Qt::LeftButton) {
        if (QClipboard *clipboard = QApplication::clipboard(); clipboard->supportsSelection())
            clipboard->setText(selectedText(), QClipboard::Selection);
    }
    Q_EMIT selectionChanged();
}

void LogView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const Position position = positionAt(event->position().toPoint());
    const QString line = m_buffer.plainLine(position.line);
    qsizetype start = std::min(position.column, line.size());
    qsizetype end = start;
    const auto isWord = [](QChar c) {
        return c.isLetterOrNumber() || c == u'_' || c == u'-' || c == u'.';
    };
    while (start > 0 && isWord(line.at(start - 1)))
        --start;
    while (end < line.size() && isWord(line.at(end)))
        ++end;
    m_anchor = {position.line, start};
    m_cursor = {position.line, end};
    m_hasSelection = end > start;
    viewport()->update();
    Q_EMIT selectionChanged();
}

bool LogView::hasSelection() const
{
    return m_hasSelection;
}

QString LogView::selectedText() const
{
    if (!m_hasSelection)
        return {};
    const Position start = std::min(m_anchor, m_cursor);
    const Position end = std::max(m_anchor, m_cursor);
    QString text;
    for (qsizetype line = start.line; line <= end.line && line < m_buffer.lineCount(); ++line) {
        const QString plain = m_buffer.plainLine(line);
        const qsizetype from = line == start.line ? std::min(start.column, plain.size()) : 0;
        const qsizetype to = line == end.line ? std::min(end.column, plain.size()) : plain.size();
        text.append(plain.sliced(from, std::max<qsizetype>(0, to - from)));
        if (line != end.line && !m_buffer.continuesPreviousLine(line + 1))
            text.append(u'\n');
    }
    return text;
}

void LogView::selectAll()
{
    const qsizetype count = m_buffer.lineCount();
    if (count == 0)
        return;
    m_anchor = {0, 0};
    m_cursor = {count - 1, m_buffer.plainLine(count - 1).size()};
    m_hasSelection = true;
    viewport()->update();
    Q_EMIT selectionChanged();
}

void LogView::copy() const
{
    const QString text = m_hasSelection ? selectedText() : QString();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

void LogView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy)) {
        copy();
        return;
    }
    if (event->matches(QKeySequence::SelectAll)) {
        selectAll();
        return;
    }
    if (event->matches(QKeySequence::MoveToEndOfDocument) || event->key() == Qt::Key_End) {
        setFollowTail(true);
        return;
    }
    if (event->matches(QKeySequence::MoveToStartOfDocument) || event->key() == Qt::Key_Home) {
        verticalScrollBar()->setValue(0);
        return;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void LogView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    QAction *copyAction = menu.addAction(tr("&Copy"), this, &LogView::copy);
    copyAction->setEnabled(m_hasSelection);
    copyAction->setShortcut(QKeySequence::Copy);
    menu.addAction(tr("Select &All"), this, &LogView::selectAll)
        ->setShortcut(QKeySequence::SelectAll);
    menu.addSeparator();
    QAction *wrapAction = menu.addAction(tr("&Wrap Lines"), this, [this](bool on) {
        setWordWrap(on);
    });
    wrapAction->setCheckable(true);
    wrapAction->setChecked(m_wrap);
    QAction *followAction = menu.addAction(tr("&Follow Output"), this, [this](bool on) {
        setFollowTail(on);
    });
    followAction->setCheckable(true);
    followAction->setChecked(m_followTail);
    menu.exec(event->globalPos());
}

void LogView::setHighlight(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    if (utf8 == m_highlight)
        return;
    m_highlight = utf8;
    if (utf8.isEmpty())
        m_matchLine = -1;
    viewport()->update();
}

bool LogView::find(const QString &text, bool forward)
{
    setHighlight(text);
    if (text.isEmpty())
        return false;
    // From the current match, else from what is on screen.
    const qsizetype from = m_matchLine >= 0 ? m_matchLine : (forward ? topLine() - 1 : topLine());
    const auto hit = m_buffer.find(m_highlight, from, forward);
    if (!hit) {
        m_matchLine = -1;
        viewport()->update();
        return false;
    }
    m_matchLine = hit->line;
    m_matchOffset = hit->offset;
    if (m_followTail)
        setFollowTail(false);
    // A jump to a hit near the end must not look like the user returning to the tail.
    m_adjustingScroll = true;
    scrollToLine(hit->line);
    m_adjustingScroll = false;
    viewport()->update();
    return true;
}

bool LogView::findNext(const QString &text)
{
    return find(text, true);
}

bool LogView::findPrevious(const QString &text)
{
    return find(text, false);
}

} // namespace TheEye
