#include "tsfile.h"

#include <QFile>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

QString TsMessage::key() const
{
    return context + u'\x1f' + source + u'\x1f' + comment;
}

namespace {

TsMessage readMessage(QXmlStreamReader &xml, const QString &context)
{
    TsMessage message;
    message.context = context;
    message.numerus = xml.attributes().value("numerus"_L1) == "yes"_L1;
    while (xml.readNextStartElement()) {
        if (xml.name() == "source"_L1) {
            message.source = xml.readElementText();
        } else if (xml.name() == "comment"_L1) {
            message.comment = xml.readElementText();
        } else if (xml.name() == "translation"_L1) {
            message.translationType = xml.attributes().value("type"_L1).toString();
            if (message.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == "numerusform"_L1)
                        message.forms.append(xml.readElementText());
                    else
                        xml.skipCurrentElement();
                }
            } else {
                message.forms.append(xml.readElementText());
            }
        } else {
            xml.skipCurrentElement();
        }
    }
    return message;
}

} // namespace

TsFile readTsFile(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = u"cannot open %1: %2"_s.arg(path, file.errorString());
        return ts;
    }
    QXmlStreamReader xml(&file);
    if (!xml.readNextStartElement() || xml.name() != "TS"_L1) {
        ts.error = u"%1 is not a .ts file"_s.arg(path);
        return ts;
    }
    ts.language = xml.attributes().value("language"_L1).toString();
    while (xml.readNextStartElement()) {
        if (xml.name() != "context"_L1) {
            xml.skipCurrentElement();
            continue;
        }
        QString context;
        while (xml.readNextStartElement()) {
            if (xml.name() == "name"_L1)
                context = xml.readElementText();
            else if (xml.name() == "message"_L1)
                ts.messages.append(readMessage(xml, context));
            else
                xml.skipCurrentElement();
        }
    }
    if (xml.hasError())
        ts.error = u"%1: line %2: %3"_s.arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return ts;
}
