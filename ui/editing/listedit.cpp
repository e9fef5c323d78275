#include "ui/editing/listedit.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QStringListModel>

namespace TheEye {

using namespace Qt::StringLiterals;

ListEdit::ListEdit(QWidget *parent)
    : QLineEdit(parent)
    , m_completer(new QCompleter(this))
    , m_completions(new QStringListModel(this))
{
    m_completer->setModel(m_completions);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchStartsWith);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    // Not QLineEdit::setCompleter(): that one completes the whole line, not the entry.
    m_completer->setWidget(this);
    connect(m_completer,
            qOverload<const QString &>(&QCompleter::activated),
            this,
            &ListEdit::insertCompletion);
    connect(this, &QLineEdit::textEdited, this, &ListEdit::updateCompletion);
}

QStringList ListEdit::split(const QString &text)
{
    QStringList entries;
    for (const QString &part : text.split(u',')) {
        const QString entry = part.trimmed();
        if (!entry.isEmpty() && !entries.contains(entry))
            entries.append(entry);
    }
    return entries;
}

QStringList ListEdit::entries() const
{
    return split(text());
}

void ListEdit::setEntries(const QStringList &entries)
{
    setText(entries.join(u", "_s));
}

void ListEdit::setCompletions(const QStringList &completions)
{
    m_completions->setStringList(completions);
}

QString ListEdit::entryUnderCursor() const
{
    const QString before = text().left(cursorPosition());
    const qsizetype comma = before.lastIndexOf(u',');
    return before.mid(comma + 1).trimmed();
}

void ListEdit::updateCompletion()
{
    const QString prefix = entryUnderCursor();
    if (prefix.isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->setCompletionPrefix(prefix);
    if (m_completer->completionCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->complete();
}

void ListEdit::insertCompletion(const QString &completion)
{
    const QString current = text();
    const int cursor = cursorPosition();
    const qsizetype start = current.left(cursor).lastIndexOf(u',') + 1;
    qsizetype end = current.indexOf(u',', cursor);
    if (end < 0)
        end = current.size();
    const QString prefix = current.left(start);
    const QString replaced = (start > 0 ? QString(prefix + u' ') : prefix) + completion;
    const QString rest = current.mid(end);
    setText(replaced + (rest.isEmpty() ? u", "_s : rest));
    setCursorPosition(int(replaced.size() + (rest.isEmpty() ? 2 : 0)));
    m_completer->popup()->hide();
}

void ListEdit::keyPressEvent(QKeyEvent *event)
{
    // While the popup is open, Enter picks the completion instead of accepting the dialog.
    if (m_completer->popup()->isVisible()) {
        switch (event->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Escape:
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
            event->ignore();
            return;
        default:
            break;
        }
    }
    QLineEdit::keyPressEvent(event);
}

} // namespace TheEye
