#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// The parts of a Qt Linguist .ts file the translation checks need, read with QXmlStreamReader.
struct TsMessage
{
    QString context;
    QString source;
    QString comment; // the disambiguation, empty when there is none
    bool numerus = false;
    QString translationType; // "" when finished, else "unfinished", "vanished", "obsolete"
    QStringList forms;       // one text, or one per plural form
    QString key() const;     // context, source and comment: what identifies a message
};

struct TsFile
{
    QString language;
    QList<TsMessage> messages;
    QString error; // empty when the file was read completely
};

TsFile readTsFile(const QString &path);
