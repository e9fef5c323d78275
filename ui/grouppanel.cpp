#include "ui/grouppanel.h"

#include "models/tasktablemodel.h"
#include "ui/appicons.h"
#include "ui/session.h"

#include <QHeaderView>
#include <QMap>

namespace TheEye {

namespace {
enum ItemRole { HostRole = Qt::UserRole + 1, TagRole };
}

GroupPanel::GroupPanel(Session *session, QWidget *parent)
    : QTreeWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("groupPanel"));
    setHeaderHidden(true);
    setRootIsDecorated(true);
    setUniformRowHeights(true);
    // Many feed updates arrive together: rebuild once they settle.
    m_rebuild.setSingleShot(true);
    m_rebuild.setInterval(150);
    connect(&m_rebuild, &QTimer::timeout, this, &GroupPanel::rebuild);
    TaskTableModel *model = session->taskModel();
    connect(model, &QAbstractItemModel::modelReset, &m_rebuild, qOverload<>(&QTimer::start));
    connect(model, &QAbstractItemModel::layoutChanged, &m_rebuild, qOverload<>(&QTimer::start));
    connect(model, &QAbstractItemModel::rowsInserted, &m_rebuild, qOverload<>(&QTimer::start));
    connect(model, &QAbstractItemModel::rowsRemoved, &m_rebuild, qOverload<>(&QTimer::start));
    connect(model, &QAbstractItemModel::dataChanged, &m_rebuild, qOverload<>(&QTimer::start));
    connect(session, &Session::hostsChanged, &m_rebuild, qOverload<>(&QTimer::start));
    connect(this, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (!item)
            return;
        const QVariant host = item->data(0, HostRole);
        Q_EMIT groupChosen(host.isValid(), host.toString(), item->data(0, TagRole).toString());
    });
    rebuild();
}

void GroupPanel::selectAll()
{
    if (topLevelItemCount() > 0)
        setCurrentItem(topLevelItem(0));
}

void GroupPanel::rebuild()
{
    const QVariant currentHost = currentItem() ? currentItem()->data(0, HostRole) : QVariant();
    const QString currentTag = currentItem() ? currentItem()->data(0, TagRole).toString()
                                             : QString();

    QMap<QString, std::pair<QString, int>> bots; // sort key → (host id, count)
    QMap<QString, std::pair<QString, int>> tags; // lower tag → (tag, count)
    const QList<Task> tasks = m_session->taskModel()->tasks();
    for (const Task &task : tasks) {
        const QString hostId = task.hostId();
        QString hostname = task.hostname();
        if (hostname.isEmpty())
            hostname = m_session->host(hostId).hostname();
        if (hostname.isEmpty())
            hostname = hostId.isEmpty() ? tr("(no bot)") : hostId;
        auto &bot = bots[hostname.toLower() + QLatin1Char('\x1f') + hostId];
        bot.first = hostId;
        ++bot.second;
        for (const QString &tag : task.tags()) {
            auto &entry = tags[tag.toLower()];
            entry.first = tag;
            ++entry.second;
        }
    }

    const QSignalBlocker blocker(this);
    clear();
    auto *all = new QTreeWidgetItem(this, {tr("All tasks (%1)").arg(tasks.size())});
    all->setIcon(0, AppIcons::icon(QStringLiteral("task")));
    auto *botRoot = new QTreeWidgetItem(this, {tr("Bots")});
    botRoot->setFlags(Qt::ItemIsEnabled);
    QTreeWidgetItem *toSelect = all;
    for (auto it = bots.cbegin(); it != bots.cend(); ++it) {
        const QString hostId = it->first;
        const Host host = m_session->host(hostId);
        const QString name = it.key().section(QLatin1Char('\x1f'), 0, 0);
        QString label = host.hostname().isEmpty() ? name : host.hostname();
        if (hostId.isEmpty())
            label = tr("(no bot)");
        auto *item = new QTreeWidgetItem(botRoot, {tr("%1 (%2)").arg(label).arg(it->second)});
        item->setData(0, HostRole, hostId);
        const bool reporting = host.id().isEmpty() || host.isReporting();
        item->setIcon(0,
                      AppIcons::icon(reporting ? QStringLiteral("bot")
                                               : QStringLiteral("bot-offline")));
        if (!reporting)
            item->setToolTip(0, tr("Stopped reporting"));
        if (currentHost.isValid() && currentHost.toString() == hostId)
            toSelect = item;
    }
    auto *tagRoot = new QTreeWidgetItem(this, {tr("Tags")});
    tagRoot->setFlags(Qt::ItemIsEnabled);
    for (auto it = tags.cbegin(); it != tags.cend(); ++it) {
        auto *item = new QTreeWidgetItem(tagRoot, {tr("%1 (%2)").arg(it->first).arg(it->second)});
        item->setData(0, TagRole, it->first);
        item->setIcon(0, AppIcons::icon(QStringLiteral("tag")));
        if (!currentTag.isEmpty() && currentTag == it->first)
            toSelect = item;
    }
    expandAll();
    setCurrentItem(toSelect);
}

} // namespace TheEye
