#pragma once

#include "models/taskargument.h"

#include <QHash>
#include <QJsonValue>
#include <QWidget>

#include <functional>

class QFormLayout;
class QLabel;

namespace TheEye {

// The form the Run dialog builds from a task's dynamic arguments (fixed ones are not asked):
// one widget per type, validated as the user types, with the problem shown under the field.
// values() gives what JobArguments::build() needs. Remote options are fetched through a loader
// the owner provides (the client), so this widget never touches the network itself.
class RunArgumentsForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunArgumentsForm)

public:
    struct RemoteOption
    {
        QString value;
        QString text;
    };
    // Loads the options of `url` (the argument's endpoint with the user's email filled in; the
    // argument says which members hold the value and the text) and calls `done` (options, or an
    // error message) in `context`'s thread; never after `context` is destroyed.
    using RemoteOptionsLoader = std::function<
        void(const TaskArgument &argument,
             const QString &url,
             QObject *context,
             std::function<void(const QList<RemoteOption> &options, const QString &error)> done)>;

    explicit RunArgumentsForm(QWidget *parent = nullptr);

    void setRemoteOptionsLoader(RemoteOptionsLoader loader, const QString &userEmail);
    void setLimits(const ArgumentLimits &limits);
    // Builds the widgets; `initial` (by order) pre-fills them, e.g. to run again with changes.
    void setArguments(const QList<TaskArgument> &arguments,
                      const QHash<int, QJsonValue> &initial = {});

    QHash<int, QJsonValue> values() const;
    bool isValid() const;
    QStringList problems() const;
    int fieldCount() const { return static_cast<int>(m_fields.size()); }
    // The widget for the argument of this order, for tests and focus.
    QWidget *editorFor(int order) const;
    // Reads a local file into the file argument of this order (the picker and drops use it).
    bool loadFile(int order, const QString &path);

Q_SIGNALS:
    void validityChanged(bool valid);

private:
    struct Field
    {
        TaskArgument argument;
        QWidget *editor = nullptr;
        QLabel *problem = nullptr;
        std::function<QJsonValue()> value;
        bool loading = false;
        QString loadError;
    };
    void addField(const TaskArgument &argument, const QJsonValue &initial);
    QWidget *createEditor(Field &field, const QJsonValue &initial);
    void loadRemoteOptions(int index);
    void revalidate();

    QFormLayout *m_layout = nullptr;
    QList<Field> m_fields;
    RemoteOptionsLoader m_loader;
    QString m_userEmail;
    ArgumentLimits m_limits;
    bool m_valid = true;
};

} // namespace TheEye
