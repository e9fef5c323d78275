#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace TheEye::Testing {

// Differences in shape between a JSON value captured from the real supervisor and ours: every
// member the expected value has must be present with the same JSON type (numbers are numbers,
// null is null), recursively; arrays compare their first elements. Members ours adds are
// allowed. Returns one line per difference, "path: what", empty when the shapes agree.
inline QStringList shapeDifferences(const QJsonValue &expected,
                                    const QJsonValue &actual,
                                    const QString &path = QStringLiteral("$"))
{
    const auto typeName = [](const QJsonValue &value) {
        switch (value.type()) {
        case QJsonValue::Null:
            return QStringLiteral("null");
        case QJsonValue::Bool:
            return QStringLiteral("boolean");
        case QJsonValue::Double:
            return QStringLiteral("number");
        case QJsonValue::String:
            return QStringLiteral("string");
        case QJsonValue::Array:
            return QStringLiteral("array");
        case QJsonValue::Object:
            return QStringLiteral("object");
        case QJsonValue::Undefined:
            break;
        }
        return QStringLiteral("missing");
    };
    QStringList differences;
    if (expected.type() != actual.type()) {
        differences.append(path + QStringLiteral(": expected ") + typeName(expected)
                           + QStringLiteral(", got ") + typeName(actual));
        return differences;
    }
    if (expected.isObject()) {
        const QJsonObject want = expected.toObject();
        const QJsonObject have = actual.toObject();
        for (auto it = want.begin(); it != want.end(); ++it)
            differences += shapeDifferences(it.value(),
                                            have.value(it.key()),
                                            path + u'.' + it.key());
    } else if (expected.isArray()) {
        const QJsonArray want = expected.toArray();
        const QJsonArray have = actual.toArray();
        if (!want.isEmpty() && !have.isEmpty())
            differences += shapeDifferences(want.first(),
                                            have.first(),
                                            path + QStringLiteral("[0]"));
        else if (!want.isEmpty() && have.isEmpty())
            differences.append(path + QStringLiteral(": expected a non-empty array"));
    }
    return differences;
}

} // namespace TheEye::Testing
