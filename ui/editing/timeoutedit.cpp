#include "ui/editing/timeoutedit.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QSpinBox>

#include <algorithm>

namespace TheEye {

namespace {
// 99,999 hours is more than eleven years: no real limit, but one a spin box can show.
constexpr int MaxAmount = 99'999;
} // namespace

TimeoutEdit::TimeoutEdit(QWidget *parent)
    : QWidget(parent)
    , m_amount(new QSpinBox(this))
    , m_unit(new QComboBox(this))
{
    m_amount->setObjectName(QStringLiteral("timeoutSpin"));
    m_amount->setRange(1, MaxAmount);
    m_amount->setAccelerated(true);
    m_unit->setObjectName(QStringLiteral("timeoutUnitCombo"));
    m_unit->addItem(tr("seconds"), int(Unit::Seconds));
    m_unit->addItem(tr("minutes"), int(Unit::Minutes));
    m_unit->addItem(tr("hours"), int(Unit::Hours));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_amount);
    layout->addWidget(m_unit);
    layout->addStretch();
    setFocusProxy(m_amount);
    connect(m_amount, &QSpinBox::valueChanged, this, &TimeoutEdit::changed);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &TimeoutEdit::changed);
    setMilliseconds(600'000);
}

qint64 TimeoutEdit::unitMilliseconds(Unit unit)
{
    switch (unit) {
    case Unit::Hours:
        return 3'600'000;
    case Unit::Minutes:
        return 60'000;
    case Unit::Seconds:
        break;
    }
    return 1'000;
}

std::pair<int, TimeoutEdit::Unit> TimeoutEdit::split(qint64 milliseconds)
{
    for (const Unit unit : {Unit::Hours, Unit::Minutes}) {
        const qint64 size = unitMilliseconds(unit);
        if (milliseconds >= size && milliseconds % size == 0 && milliseconds / size <= MaxAmount)
            return {int(milliseconds / size), unit};
    }
    const qint64 seconds = std::clamp<qint64>((milliseconds + 999) / 1000, 1, MaxAmount);
    return {int(seconds), Unit::Seconds};
}

qint64 TimeoutEdit::milliseconds() const
{
    return qint64(m_amount->value()) * unitMilliseconds(unit());
}

void TimeoutEdit::setMilliseconds(qint64 milliseconds)
{
    const auto [amount, unit] = split(milliseconds);
    m_unit->setCurrentIndex(m_unit->findData(int(unit)));
    m_amount->setValue(amount);
}

int TimeoutEdit::amount() const
{
    return m_amount->value();
}

TimeoutEdit::Unit TimeoutEdit::unit() const
{
    return static_cast<Unit>(m_unit->currentData().toInt());
}

} // namespace TheEye
