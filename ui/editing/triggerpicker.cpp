#include "ui/editing/triggerpicker.h"

#include "ui/appicons.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace TheEye {

namespace {
constexpr int EventIdRole = Qt::UserRole + 1;
}

TriggerPicker::TriggerPicker(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_status(new QLabel(this))
    , m_model(new QStandardItemModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("triggerPicker"));
    m_search->setObjectName(QStringLiteral("triggerSearchEdit"));
    m_search->setPlaceholderText(tr("Search events of other tasks"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(AppIcons::icon(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_list->setObjectName(QStringLiteral("triggerList"));
    m_list->setModel(m_proxy);
    m_list->setUniformItemSizes(true);
    m_list->setMinimumHeight(90);
    m_list->setMaximumHeight(160);
    m_status->setObjectName(QStringLiteral("triggerStatusLabel"));
    m_status->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_list);
    layout->addWidget(m_status);

    connect(m_search,
            &QLineEdit::textChanged,
            m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_model, &QStandardItemModel::itemChanged, this, [this](QStandardItem *item) {
        if (m_rebuilding)
            return;
        const QString id = item->data(EventIdRole).toString();
        const bool checked = item->checkState() == Qt::Checked;
        if (checked == m_selected.contains(id))
            return;
        if (checked)
            m_selected.append(id);
        else
            m_selected.removeAll(id);
        updateStatus();
        Q_EMIT changed();
    });
    m_status->setText(tr("Loading events…"));
}

void TriggerPicker::setEvents(const QList<Event> &events, const QString &ownTaskId)
{
    m_events = events;
    m_ownTaskId = ownTaskId;
    m_loaded = true;
    m_loadError.clear();
    rebuild();
}

void TriggerPicker::setLoadError(const QString &message)
{
    m_loadError = message;
    updateStatus();
}

void TriggerPicker::setSelected(const QStringList &eventIds)
{
    m_selected.clear();
    for (const QString &id : eventIds) {
        if (!id.isEmpty() && !m_selected.contains(id))
            m_selected.append(id);
    }
    rebuild();
}

QStringList TriggerPicker::selected() const
{
    return m_selected;
}

int TriggerPicker::offeredCount() const
{
    return m_offeredCount;
}

QString TriggerPicker::eventName(const QString &eventId) const
{
    for (const Event &event : m_events) {
        if (event.id() == eventId)
            return event.displayName();
    }
    return {};
}

void TriggerPicker::rebuild()
{
    // Not a QSignalBlocker: the proxy must see the rows change.
    m_rebuilding = true;
    m_model->clear();
    QStringList listed;
    QList<Event> offered;
    for (const Event &event : std::as_const(m_events)) {
        if (!m_ownTaskId.isEmpty() && event.emitterId() == m_ownTaskId)
            continue;
        offered.append(event);
    }
    std::stable_sort(offered.begin(), offered.end(), [](const Event &a, const Event &b) {
        return a.displayName().localeAwareCompare(b.displayName()) < 0;
    });
    for (const Event &event : std::as_const(offered)) {
        auto *item = new QStandardItem(event.displayName());
        item->setData(event.id(), EventIdRole);
        item->setCheckable(true);
        item->setEditable(false);
        item->setCheckState(m_selected.contains(event.id()) ? Qt::Checked : Qt::Unchecked);
        item->setIcon(AppIcons::icon(event.name() == u"failure" ? QStringLiteral("state-failure")
                                                                : QStringLiteral("state-success")));
        m_model->appendRow(item);
        listed.append(event.id());
    }
    m_offeredCount = int(listed.size());
    for (const QString &id : std::as_const(m_selected)) {
        if (listed.contains(id) || !m_loaded)
            continue;
        auto *item = new QStandardItem(
            tr("Unknown event %1 (not listed by the supervisor)").arg(id));
        item->setData(id, EventIdRole);
        item->setCheckable(true);
        item->setEditable(false);
        item->setCheckState(Qt::Checked);
        item->setIcon(AppIcons::icon(QStringLiteral("warning")));
        m_model->appendRow(item);
    }
    m_rebuilding = false;
    updateStatus();
}

void TriggerPicker::updateStatus()
{
    QString text;
    if (!m_loadError.isEmpty())
        text = tr("The events could not be loaded: %1").arg(m_loadError);
    else if (!m_loaded)
        text = tr("Loading events…");
    else if (m_model->rowCount() == 0)
        text = tr("No other task has events yet: create the task that should start this one "
                  "first.");
    else if (m_selected.isEmpty())
        text = tr("Runs only when started by hand, by schedule or through the API.");
    else
        text = tr("Starts automatically after %n event(s).", nullptr, int(m_selected.size()));
    m_status->setText(text);
}

} // namespace TheEye
