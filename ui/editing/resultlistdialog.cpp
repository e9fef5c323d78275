#include "ui/editing/resultlistdialog.h"

#include "ui/appicons.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace TheEye {

using namespace Qt::StringLiterals;

namespace {
constexpr int OutcomeRole = Qt::UserRole + 1;
}

ResultListDialog::ResultListDialog(const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_list(new QTreeWidget(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("resultListDialog"));
    setWindowTitle(title);
    m_summary->setObjectName(QStringLiteral("resultSummaryLabel"));
    m_summary->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("resultList"));
    m_list->setRootIsDecorated(false);
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Item"), tr("Result")});
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    m_list->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy List"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyResultsButton"));
    connect(copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(plainText());
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(680, 380);
}

void ResultListDialog::addResult(const QString &item, Outcome outcome, const QString &message)
{
    auto *row = new QTreeWidgetItem(m_list, {item, message});
    const char *icon = outcome == Outcome::Done      ? "state-success"
                       : outcome == Outcome::Skipped ? "state-canceled"
                                                     : "state-failure";
    row->setIcon(0, AppIcons::icon(QString::fromLatin1(icon)));
    row->setData(0, OutcomeRole, int(outcome));
    row->setToolTip(1, message);
    setSummary({});
}

void ResultListDialog::setSummary(const QString &summary)
{
    if (!summary.isEmpty()) {
        m_summary->setText(summary);
        return;
    }
    QStringList parts;
    if (const int done = count(Outcome::Done))
        parts.append(tr("%n done", nullptr, done));
    if (const int skipped = count(Outcome::Skipped))
        parts.append(tr("%n skipped", nullptr, skipped));
    if (const int failed = count(Outcome::Failed))
        parts.append(tr("%n failed", nullptr, failed));
    m_summary->setText(parts.join(u", "_s));
}

int ResultListDialog::count(Outcome outcome) const
{
    int count = 0;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        count += m_list->topLevelItem(i)->data(0, OutcomeRole).toInt() == int(outcome) ? 1 : 0;
    return count;
}

int ResultListDialog::rowCount() const
{
    return m_list->topLevelItemCount();
}

QString ResultListDialog::itemText(int row) const
{
    return m_list->topLevelItem(row)->text(0);
}

QString ResultListDialog::message(int row) const
{
    return m_list->topLevelItem(row)->text(1);
}

ResultListDialog::Outcome ResultListDialog::outcome(int row) const
{
    return static_cast<Outcome>(m_list->topLevelItem(row)->data(0, OutcomeRole).toInt());
}

QString ResultListDialog::plainText() const
{
    QString text = m_summary->text() + u'\n';
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        text += m_list->topLevelItem(i)->text(0) + u": "_s + m_list->topLevelItem(i)->text(1)
                + u'\n';
    return text;
}

} // namespace TheEye
