#include "supervisor/core/objectid.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QRandomGenerator>

#include <array>

namespace TheEye::Supervisor::ObjectId {

namespace {

struct ProcessPart
{
    std::array<quint8, 5> random{};
    quint32 counterStart = 0;

    ProcessPart()
    {
        QRandomGenerator *generator = QRandomGenerator::system();
        for (quint8 &byte : random)
            byte = static_cast<quint8>(generator->bounded(256));
        counterStart = generator->bounded(0x1000000u);
    }
};

const ProcessPart &processPart()
{
    static const ProcessPart part;
    return part;
}

} // namespace

QString generate()
{
    static QAtomicInteger<quint32> counter(processPart().counterStart);
    const quint32 seconds = static_cast<quint32>(QDateTime::currentSecsSinceEpoch());
    const quint32 count = counter.fetchAndAddRelaxed(1) & 0xffffffu;

    std::array<quint8, 12> bytes{};
    bytes[0] = static_cast<quint8>(seconds >> 24);
    bytes[1] = static_cast<quint8>(seconds >> 16);
    bytes[2] = static_cast<quint8>(seconds >> 8);
    bytes[3] = static_cast<quint8>(seconds);
    for (std::size_t i = 0; i < 5; ++i)
        bytes[4 + i] = processPart().random[i];
    bytes[9] = static_cast<quint8>(count >> 16);
    bytes[10] = static_cast<quint8>(count >> 8);
    bytes[11] = static_cast<quint8>(count);

    static constexpr char16_t digits[] = u"0123456789abcdef";
    QString id(24, Qt::Uninitialized);
    QChar *out = id.data();
    for (quint8 byte : bytes) {
        *out++ = QChar(digits[byte >> 4]);
        *out++ = QChar(digits[byte & 0xf]);
    }
    return id;
}

bool isValid(QStringView text)
{
    if (text.size() != 24)
        return false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool hex = (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f')
                         || (u >= u'A' && u <= u'F');
        if (!hex)
            return false;
    }
    return true;
}

} // namespace TheEye::Supervisor::ObjectId
