#include "supervisor/http/qsparser.h"

#include "supervisor/http/urlcoding.h"

#include <QHash>
#include <QJsonArray>

#include <optional>
#include <vector>

namespace TheEye::Http {

using namespace Qt::StringLiterals;

namespace {

// A JavaScript value as qs builds it. Arrays may be sparse (holes), as in JS, until the final
// compaction drops the holes.
struct Node
{
    enum class Kind { Hole, String, True, Array, Object };

    Kind kind = Kind::Hole;
    QString string;
    std::vector<Node> items;   // Array: by index, holes included; Object: the values
    std::vector<QString> keys; // Object: the keys, in insertion order

    static Node text(QString value)
    {
        Node node;
        node.kind = Kind::String;
        node.string = std::move(value);
        return node;
    }
    static Node ofKind(Kind kind)
    {
        Node node;
        node.kind = kind;
        return node;
    }

    bool isContainer() const { return kind == Kind::Array || kind == Kind::Object; }
    // JavaScript truthiness of a primitive: "" and undefined are false.
    bool isFalsy() const
    {
        return kind == Kind::Hole || (kind == Kind::String && string.isEmpty());
    }

    Node *field(const QString &key)
    {
        for (std::size_t i = 0; i < keys.size(); ++i) {
            if (keys[i] == key)
                return &items[i];
        }
        return nullptr;
    }
    void addField(QString key, Node value)
    {
        keys.push_back(std::move(key));
        items.push_back(std::move(value));
    }
};

void mergeInto(Node &target, Node source);

void mergeField(Node &target, const QString &key, Node value)
{
    if (Node *existing = target.field(key))
        mergeInto(*existing, std::move(value));
    else
        target.addField(key, std::move(value));
}

Node arrayToObject(Node array)
{
    Node object = Node::ofKind(Node::Kind::Object);
    for (std::size_t i = 0; i < array.items.size(); ++i) {
        if (array.items[i].kind != Node::Kind::Hole)
            object.addField(QString::number(i), std::move(array.items[i]));
    }
    return object;
}

// qs utils.merge, in place.
void mergeInto(Node &target, Node source)
{
    if (source.isFalsy())
        return;
    if (!source.isContainer()) {
        if (target.kind == Node::Kind::Array) {
            target.items.push_back(std::move(source));
        } else if (target.kind == Node::Kind::Object) {
            // qs: target[source] = true
            const QString key = source.kind == Node::Kind::True ? u"true"_s : source.string;
            if (!target.field(key))
                target.addField(key, Node::ofKind(Node::Kind::True));
            else
                *target.field(key) = Node::ofKind(Node::Kind::True);
        } else {
            Node array = Node::ofKind(Node::Kind::Array);
            array.items.push_back(std::move(target));
            array.items.push_back(std::move(source));
            target = std::move(array);
        }
        return;
    }
    if (!target.isContainer()) {
        // [target].concat(source)
        Node array = Node::ofKind(Node::Kind::Array);
        array.items.push_back(std::move(target));
        if (source.kind == Node::Kind::Array) {
            for (Node &item : source.items)
                array.items.push_back(std::move(item));
        } else {
            array.items.push_back(std::move(source));
        }
        target = std::move(array);
        return;
    }
    if (target.kind == Node::Kind::Array && source.kind == Node::Kind::Array) {
        for (std::size_t i = 0; i < source.items.size(); ++i) {
            Node &item = source.items[i];
            if (item.kind == Node::Kind::Hole)
                continue;
            if (i < target.items.size() && target.items[i].kind != Node::Kind::Hole) {
                if (target.items[i].isContainer() && item.isContainer())
                    mergeInto(target.items[i], std::move(item));
                else
                    target.items.push_back(std::move(item));
            } else {
                if (i >= target.items.size())
                    target.items.resize(i + 1);
                target.items[i] = std::move(item);
            }
        }
        return;
    }
    if (target.kind == Node::Kind::Array)
        target = arrayToObject(std::move(target));
    if (source.kind == Node::Kind::Array) {
        for (std::size_t i = 0; i < source.items.size(); ++i) {
            if (source.items[i].kind != Node::Kind::Hole)
                mergeField(target, QString::number(i), std::move(source.items[i]));
        }
    } else {
        for (std::size_t i = 0; i < source.keys.size(); ++i)
            mergeField(target, source.keys[i], std::move(source.items[i]));
    }
}

// A "[…]" group without brackets inside: key[start] == '[' and key[end] == ']'. start < 0: none.
struct BracketGroup
{
    qsizetype start = -1;
    qsizetype end = -1;
    explicit operator bool() const { return start >= 0; }
};

// The next bracket group at or after `from` (qs's /(\[[^[\]]*])/ regular expression).
BracketGroup nextBracketGroup(const QString &key, qsizetype from)
{
    for (qsizetype start = key.indexOf(u'[', from); start >= 0;
         start = key.indexOf(u'[', start + 1)) {
        qsizetype end = start + 1;
        while (end < key.size() && key[end] != u'[' && key[end] != u']')
            ++end;
        if (end < key.size() && key[end] == u']')
            return BracketGroup{start, end};
    }
    return {};
}

// qs parseKeys: "a[b][c]" → a, [b], [c]; past `depth` groups the rest is one literal segment.
QStringList keyChain(const QString &key, int depth)
{
    BracketGroup group = depth > 0 ? nextBracketGroup(key, 0) : BracketGroup{};
    QStringList chain;
    const QString parent = group ? key.first(group.start) : key;
    if (!parent.isEmpty())
        chain.append(parent);
    int level = 0;
    while (depth > 0 && group && level < depth) {
        ++level;
        chain.append(key.sliced(group.start, group.end - group.start + 1));
        group = nextBracketGroup(key, group.end + 1);
    }
    if (group)
        chain.append(u'[' + key.sliced(group.start) + u']');
    return chain;
}

// "0", "7", "20", not "07" or "-1": what String(parseInt(x)) === x accepts.
std::optional<qsizetype> canonicalIndex(const QString &text)
{
    if (text.isEmpty() || text.size() > 9 || (text.size() > 1 && text.startsWith(u'0')))
        return std::nullopt;
    qsizetype value = 0;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

// qs parseObject: builds the nested value for one key chain, innermost first.
Node nestedValue(const QStringList &chain, Node leaf, const QsLimits &limits)
{
    for (qsizetype i = chain.size() - 1; i >= 0; --i) {
        const QString &root = chain.at(i);
        Node node;
        if (root == "[]"_L1) {
            // [].concat(leaf)
            node = Node::ofKind(Node::Kind::Array);
            if (leaf.kind == Node::Kind::Array)
                node.items = std::move(leaf.items);
            else
                node.items.push_back(std::move(leaf));
        } else {
            const bool bracketed = root.startsWith(u'[') && root.endsWith(u']');
            const QString cleanRoot = bracketed ? root.sliced(1, root.size() - 2) : root;
            const auto index = bracketed ? canonicalIndex(cleanRoot) : std::nullopt;
            if (index && *index <= limits.arrayLimit) {
                node = Node::ofKind(Node::Kind::Array);
                node.items.resize(static_cast<std::size_t>(*index) + 1);
                node.items[static_cast<std::size_t>(*index)] = std::move(leaf);
            } else {
                node = Node::ofKind(Node::Kind::Object);
                if (cleanRoot != "__proto__"_L1)
                    node.addField(cleanRoot, std::move(leaf));
            }
        }
        leaf = std::move(node);
    }
    return leaf;
}

QJsonValue toJson(const Node &node)
{
    switch (node.kind) {
    case Node::Kind::String:
        return node.string;
    case Node::Kind::True:
        return true;
    case Node::Kind::Array: {
        QJsonArray array;
        for (const Node &item : node.items) {
            if (item.kind != Node::Kind::Hole) // qs compacts sparse arrays
                array.append(toJson(item));
        }
        return array;
    }
    case Node::Kind::Object: {
        QJsonObject object;
        for (std::size_t i = 0; i < node.keys.size(); ++i)
            object.insert(node.keys[i], toJson(node.items[i]));
        return object;
    }
    case Node::Kind::Hole:
        break;
    }
    return QJsonValue(QJsonValue::Undefined);
}

} // namespace

QsParse parseQs(QByteArrayView raw, const QsLimits &limits)
{
    QsParse result;

    // qs parseValues: split, decode, and combine repeated keys into arrays.
    std::vector<QString> keys;
    std::vector<Node> values;
    QHash<QString, std::size_t> indexOfKey;
    qsizetype parts = 0;
    qsizetype start = 0;
    while (start <= raw.size()) {
        if (parts == limits.parameterLimit) {
            result.truncated = true;
            break;
        }
        ++parts;
        qsizetype end = raw.indexOf('&', start);
        if (end < 0)
            end = raw.size();
        const QByteArrayView part = raw.sliced(start, end - start);
        start = end + 1;

        const qsizetype bracketEquals = part.indexOf("]=");
        const qsizetype equals = bracketEquals < 0 ? part.indexOf('=') : bracketEquals + 1;
        const QString key = decodeFormComponent(equals < 0 ? part : part.first(equals));
        QString value = equals < 0 ? QString() : decodeFormComponent(part.sliced(equals + 1));
        if (key.isEmpty())
            continue; // qs drops pairs without a key
        const auto found = indexOfKey.constFind(key);
        if (found == indexOfKey.cend()) {
            indexOfKey.insert(key, keys.size());
            keys.push_back(key);
            values.push_back(Node::text(std::move(value)));
        } else {
            Node &existing = values[*found];
            if (existing.kind != Node::Kind::Array) {
                Node array = Node::ofKind(Node::Kind::Array);
                array.items.push_back(std::move(existing));
                existing = std::move(array);
            }
            existing.items.push_back(Node::text(std::move(value)));
        }
    }

    // qs parse: nest each key and merge it into the result.
    Node object = Node::ofKind(Node::Kind::Object);
    for (std::size_t i = 0; i < keys.size(); ++i)
        mergeInto(object,
                  nestedValue(keyChain(keys[i], limits.depth), std::move(values[i]), limits));
    result.object = toJson(object).toObject();
    return result;
}

} // namespace TheEye::Http
