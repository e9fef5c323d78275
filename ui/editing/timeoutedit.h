#pragma once

#include <QWidget>

#include <utility>

class QComboBox;
class QSpinBox;

namespace TheEye {

// Execution Timeout as a number and a unit (seconds, minutes, hours); the task stores
// milliseconds (supervisor-api.md §5.1). A value is shown in the largest unit that holds it
// exactly, so 600000 reads "10 minutes" and 90000 "90 seconds".
class TimeoutEdit final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimeoutEdit)

public:
    enum class Unit { Seconds, Minutes, Hours };

    explicit TimeoutEdit(QWidget *parent = nullptr);

    qint64 milliseconds() const;
    void setMilliseconds(qint64 milliseconds);
    int amount() const;
    Unit unit() const;

    static qint64 unitMilliseconds(Unit unit);
    // The largest unit that divides `milliseconds` exactly (seconds when none does; the amount
    // is then rounded up to a whole second, at least 1).
    static std::pair<int, Unit> split(qint64 milliseconds);

Q_SIGNALS:
    void changed();

private:
    QSpinBox *m_amount = nullptr;
    QComboBox *m_unit = nullptr;
};

} // namespace TheEye
