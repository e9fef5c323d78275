#include "ui/editing/taskfields.h"

#include "ui/editing/editingtr.h"

#include <QHash>
#include <QMetaEnum>
#include <QRegularExpression>
#include <QStringList>

namespace TheEye::TaskFields {

using namespace Qt::StringLiterals;

QString label(Field field)
{
    switch (field) {
    case Field::Name:
        return EditingTr::tr("Name");
    case Field::Bot:
        return EditingTr::tr("Bot");
    case Field::Script:
        return EditingTr::tr("Script");
    case Field::Tags:
        return EditingTr::tr("Tags");
    case Field::Arguments:
        return EditingTr::tr("Task Arguments");
    case Field::RunAs:
        return EditingTr::tr("Run As");
    case Field::Description:
        return EditingTr::tr("Description");
    case Field::Acl:
        return EditingTr::tr("ACL's");
    case Field::Triggers:
        return EditingTr::tr("Triggered by");
    case Field::GraceTime:
        return EditingTr::tr("Trigger on-hold time");
    case Field::Timeout:
        return EditingTr::tr("Execution Timeout");
    case Field::Multitasking:
        return EditingTr::tr("Multitasking");
    case Field::Cancellable:
        return EditingTr::tr("Cancellable");
    case Field::Env:
        return EditingTr::tr("Environment (env)");
    case Field::DefaultState:
        return EditingTr::tr("Default final state");
    case Field::JobsKept:
        return EditingTr::tr("Jobs kept in history");
    }
    return {};
}

bool isAdvanced(Field field)
{
    return field >= Field::Description;
}

std::optional<Field> fromWireName(const QString &name)
{
    static const QHash<QString, Field> fields{
        {u"name"_s, Field::Name},
        {u"host"_s, Field::Bot},
        {u"host_id"_s, Field::Bot},
        {u"script"_s, Field::Script},
        {u"script_id"_s, Field::Script},
        {u"tags"_s, Field::Tags},
        {u"task_arguments"_s, Field::Arguments},
        {u"script_runas"_s, Field::RunAs},
        {u"description"_s, Field::Description},
        {u"acl"_s, Field::Acl},
        {u"triggers"_s, Field::Triggers},
        {u"grace_time"_s, Field::GraceTime},
        {u"timeout"_s, Field::Timeout},
        {u"multitasking"_s, Field::Multitasking},
        {u"cancellable"_s, Field::Cancellable},
        {u"env"_s, Field::Env},
        {u"default_state_evaluation"_s, Field::DefaultState},
        {u"autoremove_completed_jobs_limit"_s, Field::JobsKept},
    };
    const auto it = fields.constFind(name);
    if (it == fields.cend())
        return std::nullopt;
    return *it;
}

QString errorObjectName(Field field)
{
    const QString name = QString::fromLatin1(QMetaEnum::fromType<Field>().valueToKey(int(field)));
    return name.left(1).toLower() + name.mid(1) + u"Error"_s;
}

QString aclEntryProblem(const QString &entry)
{
    static const QStringList roles{u"viewer"_s,
                                   u"user"_s,
                                   u"agent"_s,
                                   u"manager"_s,
                                   u"admin"_s,
                                   u"integration"_s,
                                   u"owner"_s,
                                   u"root"_s};
    static const QRegularExpression space(u"\\s"_s);
    static const QRegularExpression email(u"^[^@\\s]+@[^@\\s]+$"_s);
    static const QRegularExpression tag(u"^[^:\\s]+:\\S+$"_s);
    if (entry.contains(space))
        return EditingTr::tr("\"%1\" contains a space: separate entries with commas.").arg(entry);
    if (roles.contains(entry.toLower()) || email.match(entry).hasMatch()
        || tag.match(entry).hasMatch())
        return {};
    return EditingTr::tr("\"%1\" is not an email, a role (viewer, user, manager, admin, owner) "
                         "or a key:value tag.")
        .arg(entry);
}

} // namespace TheEye::TaskFields
