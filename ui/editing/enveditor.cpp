#include "ui/editing/enveditor.h"

#include "models/argumenttablemodel.h"
#include "ui/appicons.h"
#include "ui/editing/problemdelegate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace TheEye {

EnvEditor::EnvEditor(QWidget *parent)
    : QWidget(parent)
    , m_model(new EnvTableModel(this))
    , m_view(new QTableView(this))
    , m_add(new QToolButton(this))
    , m_remove(new QToolButton(this))
{
    setObjectName(QStringLiteral("envEditor"));
    m_view->setObjectName(QStringLiteral("envTable"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new ProblemDelegate(EnvTableModel::ProblemRole, m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setMinimumHeight(90);
    m_view->setMaximumHeight(200);

    m_add->setObjectName(QStringLiteral("addEnvButton"));
    m_add->setText(tr("A&dd Variable"));
    m_add->setIcon(AppIcons::icon(QStringLiteral("add")));
    m_remove->setObjectName(QStringLiteral("removeEnvButton"));
    m_remove->setText(tr("Delete Variable"));
    m_remove->setIcon(AppIcons::icon(QStringLiteral("remove")));
    for (QToolButton *button : {m_add, m_remove}) {
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(true);
    }
    connect(m_add, &QToolButton::clicked, this, &EnvEditor::addVariable);
    connect(m_remove, &QToolButton::clicked, this, &EnvEditor::removeCurrent);

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_view);

    const auto onChange = [this] {
        updateButtons();
        Q_EMIT changed();
    };
    connect(m_model, &QAbstractItemModel::dataChanged, this, onChange);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, onChange);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, onChange);
    connect(m_model, &QAbstractItemModel::modelReset, this, onChange);
    connect(m_view->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            &EnvEditor::updateButtons);
    updateButtons();
}

void EnvEditor::setEnv(const QMap<QString, QString> &env)
{
    m_model->setEnv(env);
}

QMap<QString, QString> EnvEditor::env() const
{
    return m_model->env();
}

QStringList EnvEditor::problems() const
{
    return m_model->problems();
}

void EnvEditor::addVariable()
{
    const int row = m_model->addRow();
    const QModelIndex key = m_model->index(row, EnvTableModel::KeyColumn);
    m_view->setCurrentIndex(key);
    if (m_view->isVisible())
        m_view->edit(key);
}

void EnvEditor::removeCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid())
        m_model->removeRows(current.row(), 1);
}

void EnvEditor::updateButtons()
{
    m_remove->setEnabled(m_view->currentIndex().isValid());
}

} // namespace TheEye
