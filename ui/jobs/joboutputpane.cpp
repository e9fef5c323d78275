#include "ui/jobs/joboutputpane.h"

#include "ui/appicons.h"
#include "ui/logview.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSaveFile>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

namespace TheEye {

namespace {

QToolButton *toolButton(QWidget *parent,
                        const QString &objectName,
                        const QString &icon,
                        const QString &text,
                        const QString &toolTip)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setIcon(AppIcons::icon(icon));
    button->setText(text);
    button->setToolTip(toolTip);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAutoRaise(true);
    return button;
}

// The platform's bindings plus `extra`, without duplicates (a key bound twice to one action is
// an ambiguous shortcut and does nothing).
QList<QKeySequence> bindingsWith(QKeySequence::StandardKey standard, const QKeySequence &extra)
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(standard);
    if (!keys.contains(extra))
        keys.append(extra);
    return keys;
}

} // namespace

JobOutputPane::JobOutputPane(QWidget *parent)
    : QWidget(parent)
    , m_view(new LogView(this))
{
    setObjectName(QStringLiteral("jobOutputPane"));

    m_streamBox = new QComboBox(this);
    m_streamBox->setObjectName(QStringLiteral("streamBox"));
    m_streamBox->addItem(tr("Combined output"), QVariant::fromValue(Stream::Combined));
    m_streamBox->addItem(tr("Standard output"), QVariant::fromValue(Stream::Stdout));
    m_streamBox->addItem(tr("Standard error"), QVariant::fromValue(Stream::Stderr));
    m_streamBox->setEnabled(false);
    m_streamBox->setToolTip(tr("Standard output and error can be shown apart once the job has "
                               "finished."));
    connect(m_streamBox, &QComboBox::activated, this, [this](int index) {
        setStream(m_streamBox->itemData(index).value<Stream>());
    });

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Find in output (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::returnPressed, this, &JobOutputPane::findNext);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_view->setHighlight(text);
        m_matchStatus->clear();
    });
    auto *previous = toolButton(this,
                                QStringLiteral("findPreviousButton"),
                                QStringLiteral("move-up"),
                                tr("Previous"),
                                tr("Previous match (Shift+F3)"));
    previous->setToolButtonStyle(Qt::ToolButtonIconOnly);
    auto *next = toolButton(this,
                            QStringLiteral("findNextButton"),
                            QStringLiteral("move-down"),
                            tr("Next"),
                            tr("Next match (F3)"));
    next->setToolButtonStyle(Qt::ToolButtonIconOnly);
    connect(previous, &QToolButton::clicked, this, &JobOutputPane::findPrevious);
    connect(next, &QToolButton::clicked, this, &JobOutputPane::findNext);
    m_matchStatus = new QLabel(this);
    m_matchStatus->setObjectName(QStringLiteral("matchStatus"));

    m_follow = toolButton(this,
                          QStringLiteral("followButton"),
                          QStringLiteral("follow-tail"),
                          tr("Follow"),
                          tr("Keep the newest output in view"));
    m_follow->setCheckable(true);
    m_follow->setChecked(m_view->followTail());
    connect(m_follow, &QToolButton::toggled, m_view, &LogView::setFollowTail);
    connect(m_view, &LogView::followTailChanged, m_follow, &QToolButton::setChecked);

    m_wrap = toolButton(this,
                        QStringLiteral("wrapButton"),
                        QStringLiteral("wrap"),
                        tr("Wrap"),
                        tr("Wrap long lines"));
    m_wrap->setCheckable(true);
    connect(m_wrap, &QToolButton::toggled, m_view, &LogView::setWordWrap);

    auto *copyButton = toolButton(this,
                                  QStringLiteral("copyOutputButton"),
                                  QStringLiteral("copy"),
                                  tr("Copy"),
                                  tr("Copy the selection, or all the output when nothing is "
                                     "selected"));
    connect(copyButton, &QToolButton::clicked, this, &JobOutputPane::copy);
    auto *saveButton = toolButton(this,
                                  QStringLiteral("saveOutputButton"),
                                  QStringLiteral("save"),
                                  tr("Save…"),
                                  tr("Save the output shown to a file"));
    connect(saveButton, &QToolButton::clicked, this, &JobOutputPane::saveWithDialog);

    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WindowShortcut);
    connect(find, &QAction::triggered, this, &JobOutputPane::focusSearch);
    auto *findNextAction = new QAction(this);
    findNextAction->setShortcuts(bindingsWith(QKeySequence::FindNext, QKeySequence(Qt::Key_F3)));
    findNextAction->setShortcutContext(Qt::WindowShortcut);
    connect(findNextAction, &QAction::triggered, this, &JobOutputPane::findNext);
    auto *findPreviousAction = new QAction(this);
    findPreviousAction->setShortcuts(
        bindingsWith(QKeySequence::FindPrevious, QKeySequence(Qt::SHIFT | Qt::Key_F3)));
    findPreviousAction->setShortcutContext(Qt::WindowShortcut);
    connect(findPreviousAction, &QAction::triggered, this, &JobOutputPane::findPrevious);
    addActions({find, findNextAction, findPreviousAction});

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_streamBox);
    bar->addSpacing(8);
    bar->addWidget(m_search, 1);
    bar->addWidget(previous);
    bar->addWidget(next);
    bar->addWidget(m_matchStatus);
    bar->addSpacing(8);
    bar->addWidget(m_follow);
    bar->addWidget(m_wrap);
    bar->addWidget(copyButton);
    bar->addWidget(saveButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
}

void JobOutputPane::appendOutput(QByteArrayView bytes)
{
    if (m_stream == Stream::Combined)
        m_view->appendBytes(bytes);
    else
        m_combined.append(bytes);
}

void JobOutputPane::setOutput(QByteArrayView bytes)
{
    if (m_stream == Stream::Combined)
        m_view->setBytes(bytes);
    else
        m_combined = bytes.toByteArray();
}

void JobOutputPane::setFinishedStreams(const QByteArray &combined,
                                       const QByteArray &standardOutput,
                                       const QByteArray &standardError)
{
    if (!combined.isEmpty())
        setOutput(combined);
    m_stdout = standardOutput;
    m_stderr = standardError;
    m_separate = true;
    m_streamBox->setEnabled(true);
    m_streamBox->setToolTip(tr("Show the combined output, or standard output or error alone"));
}

void JobOutputPane::setStream(Stream stream)
{
    if (stream == m_stream || (!m_separate && stream != Stream::Combined))
        return;
    if (m_stream == Stream::Combined)
        m_combined = m_view->buffer().bytes(); // shared, not copied: nothing appends any more
    m_stream = stream;
    showStream(stream);
    m_streamBox->setCurrentIndex(m_streamBox->findData(QVariant::fromValue(stream)));
}

void JobOutputPane::showStream(Stream stream)
{
    switch (stream) {
    case Stream::Combined:
        m_view->setBytes(m_combined);
        m_combined.clear();
        break;
    case Stream::Stdout:
        m_view->setBytes(m_stdout);
        break;
    case Stream::Stderr:
        m_view->setBytes(m_stderr);
        break;
    }
    if (!m_search->text().isEmpty())
        m_view->setHighlight(m_search->text());
}

void JobOutputPane::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

bool JobOutputPane::findNext()
{
    const bool found = m_view->findNext(m_search->text());
    updateMatchStatus(found);
    return found;
}

bool JobOutputPane::findPrevious()
{
    const bool found = m_view->findPrevious(m_search->text());
    updateMatchStatus(found);
    return found;
}

void JobOutputPane::updateMatchStatus(bool found)
{
    if (m_search->text().isEmpty())
        m_matchStatus->clear();
    else if (found)
        m_matchStatus->setText(tr("Line %1").arg(m_view->currentMatchLine() + 1));
    else
        m_matchStatus->setText(tr("No match"));
}

void JobOutputPane::copy() const
{
    if (m_view->hasSelection())
        m_view->copy();
    else
        QApplication::clipboard()->setText(m_view->buffer().plainText());
}

bool JobOutputPane::saveTo(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    file.write(m_view->buffer().plainText().toUtf8());
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void JobOutputPane::saveWithDialog()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = m_fileName.isEmpty() ? QStringLiteral("job-output.log") : m_fileName;
    const QString path = QFileDialog::getSaveFileName(this,
                                                      tr("Save Output"),
                                                      folder + u'/' + name,
                                                      tr("Log files (*.log *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveTo(path, &error))
        QMessageBox::warning(this, tr("Save Output"), tr("Cannot save %1: %2").arg(path, error));
}

} // namespace TheEye
