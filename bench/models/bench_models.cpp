// bench_models: parse and serialize the domain documents at the scale of architecture.md
// ("thousands of tasks, 100k jobs of history"). Prints figures; never fails on a time.
//
// Documents are the real supervisor's, from tests/data/real-supervisor: the task of 02-task-get,
// the job of 07-job-get-finished (the full GET shape, the heaviest) and of 08-job-list-by-task
// (the list shape the history view loads), each copied with its own id, name, dates and values.
// They are joined into one JSON array, as a list response carries them.

#include "models/job.h"
#include "models/jsonutil.h"
#include "models/task.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <malloc.h>

#include <algorithm>
#include <functional>
#include <vector>

using namespace Qt::StringLiterals;
using namespace TheEye;

namespace {

QJsonValue captureBody(const QString &name)
{
    QFile file(QStringLiteral(THEEYE_TESTDATA_DIR "/real-supervisor/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return QJsonDocument::fromJson(file.readAll())
        .object()
        .value("response"_L1)
        .toObject()
        .value("body"_L1);
}

QString objectId(char prefix, qsizetype n)
{
    return QString::fromLatin1(QByteArray(1, prefix)
                               + QByteArray::number(n, 16).rightJustified(23, '0'));
}

QString isoPlus(qsizetype seconds)
{
    return Json::isoDate(QDateTime(QDate(2026, 11, 28), QTime(0, 0), Qt::UTC).addSecs(seconds));
}

QByteArray taskDocuments(qsizetype count)
{
    const QJsonObject base = captureBody(u"02-task-get.json"_s).toObject();
    QJsonArray array;
    for (qsizetype i = 0; i < count; ++i) {
        QJsonObject task = base;
        task.insert("id"_L1, objectId('f', i));
        task.insert("name"_L1, u"Task %1"_s.arg(i));
        task.insert("tags"_L1, QJsonArray{u"demo"_s, u"group-%1"_s.arg(i % 37)});
        task.insert("creation_date"_L1, isoPlus(i));
        task.insert("last_update"_L1, isoPlus(i + 60));
        task.insert("version"_L1, int(i % 9) + 1);
        array.append(task);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QByteArray jobDocuments(const QJsonObject &base, qsizetype count)
{
    const bool hasValues = base.contains("task_arguments_values"_L1);
    QJsonArray array;
    for (qsizetype i = 0; i < count; ++i) {
        QJsonObject job = base;
        job.insert("id"_L1, objectId('e', i));
        job.insert("task_id"_L1, objectId('f', i % 10000));
        job.insert("creation_date"_L1, isoPlus(i));
        job.insert("last_update"_L1, isoPlus(i + 7));
        if (hasValues)
            job.insert("task_arguments_values"_L1,
                       QJsonArray{u"FIXED"_s, u"user-%1"_s.arg(i), i % 2 ? u"a"_s : u"b"_s});
        array.append(job);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

// Resident memory, from /proc (VmRSS now, VmHWM the peak).
double residentMegabytes(const char *field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return 0;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

// Heap bytes in use (glibc), which unlike RSS does not hide memory the allocator reuses.
double heapMegabytes()
{
    const struct mallinfo2 info = mallinfo2();
    return double(info.uordblks + info.hblkhd) / (1024.0 * 1024.0);
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

double elapsedMs(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1.0e6;
}

struct Figures
{
    QString workload;
    qsizetype documents = 0;
    double jsonMegabytes = 0;
    double parseMs = 0;
    double qtParseMs = 0; // QJsonDocument alone, the floor for parse
    double readMs = 0;
    double serializeMs = 0;
    double qtSerializeMs = 0; // QJsonDocument alone, the floor for serialize
    double heldMegabytes = 0;
};

// parse: bytes → QJsonDocument → T::fromJson for every element (the client's path for a list
// response). read: the accessors a table row uses. serialize: toJson() of every element back
// into one compact document (the local supervisor's path for a list response).
template<typename T>
Figures measure(const QString &workload,
                const QByteArray &bytes,
                int runs,
                const std::function<qsizetype(const T &)> &readRow)
{
    Figures figures{workload, 0, double(bytes.size()) / (1024.0 * 1024.0)};
    std::vector<double> parse, qtParse, read, serialize, qtSerialize;
    for (int run = 0; run < runs; ++run) {
        QJsonArray parsedByQt;
        qtParse.push_back(elapsedMs([&] { parsedByQt = QJsonDocument::fromJson(bytes).array(); }));
        qtSerialize.push_back(elapsedMs([&] {
            if (QJsonDocument(parsedByQt).toJson(QJsonDocument::Compact).isEmpty())
                qFatal("nothing was written");
        }));
        parsedByQt = QJsonArray();

        const double before = heapMegabytes();
        QList<T> items;
        parse.push_back(elapsedMs([&] {
            const QJsonArray array = QJsonDocument::fromJson(bytes).array();
            items.reserve(array.size());
            for (const QJsonValue &value : array) {
                auto item = T::fromJson(value);
                if (!item)
                    qFatal("bench document does not parse: %s", qPrintable(item.error()));
                items.append(std::move(item).value());
            }
        }));
        if (run == 0)
            figures.heldMegabytes = heapMegabytes() - before;
        figures.documents = items.size();
        qsizetype checksum = 0;
        read.push_back(elapsedMs([&] {
            for (const T &item : items)
                checksum += readRow(item);
        }));
        if (checksum == 0)
            qFatal("nothing was read");
        QByteArray written;
        serialize.push_back(elapsedMs([&] {
            QJsonArray array;
            for (const T &item : items)
                array.append(item.toJson());
            written = QJsonDocument(array).toJson(QJsonDocument::Compact);
        }));
        if (written.size() != bytes.size())
            qFatal("serialized %lld bytes, parsed %lld",
                   qlonglong(written.size()),
                   qlonglong(bytes.size()));
    }
    figures.parseMs = median(parse);
    figures.qtParseMs = median(qtParse);
    figures.readMs = median(read);
    figures.serializeMs = median(serialize);
    figures.qtSerializeMs = median(qtSerialize);
    return figures;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Parses and serializes TheEye tasks and jobs; prints figures."_s);
    parser.addHelpOption();
    const QCommandLineOption tasksOption(u"tasks"_s,
                                         u"Number of tasks (default 10000)."_s,
                                         u"n"_s,
                                         u"10000"_s);
    const QCommandLineOption jobsOption(u"jobs"_s,
                                        u"Number of jobs (default 100000)."_s,
                                        u"n"_s,
                                        u"100000"_s);
    const QCommandLineOption runsOption(u"runs"_s,
                                        u"Runs per figure; the median is shown (default 3)."_s,
                                        u"n"_s,
                                        u"3"_s);
    parser.addOptions({tasksOption, jobsOption, runsOption});
    parser.process(app);
    const qsizetype tasks = parser.value(tasksOption).toLongLong();
    const qsizetype jobs = parser.value(jobsOption).toLongLong();
    const int runs = std::max(1, parser.value(runsOption).toInt());

    const auto readTask = [](const Task &task) -> qsizetype {
        return task.name().size() + task.hostname().size() + task.arguments().size()
               + task.tags().size() + qsizetype(task.effectiveTimeoutMs() > 0);
    };
    const auto readJob = [](const Job &job) -> qsizetype {
        return job.id().size() + qsizetype(job.lifecycle()) + qsizetype(job.state())
               + job.output().size() + job.durationMs().value_or(1)
               + job.creationDate().date().day();
    };

    QList<Figures> rows;
    rows.append(measure<Task>(u"tasks (GET shape)"_s, taskDocuments(tasks), runs, readTask));
    const QJsonObject fullJob = captureBody(u"07-job-get-finished.json"_s).toObject();
    rows.append(measure<Job>(u"jobs (GET shape)"_s, jobDocuments(fullJob, jobs), runs, readJob));
    const QJsonObject listedJob = captureBody(u"08-job-list-by-task.json"_s)
                                      .toArray()
                                      .first()
                                      .toObject();
    rows.append(measure<Job>(u"jobs (list shape)"_s, jobDocuments(listedJob, jobs), runs, readJob));

    QTextStream out(stdout);
    out << "bench_models: median of " << runs << " run(s), Qt " << qVersion() << "\n"
        << "  JSON MB  compact size of the list document\n"
        << "  parse    bytes -> QJsonDocument -> fromJson() per item (Qt: QJsonDocument alone)\n"
        << "  read     the accessors a table row uses, every item\n"
        << "  write    toJson() per item -> one compact document (Qt: QJsonDocument alone)\n"
        << "  held MB  heap in use (glibc mallinfo2) while the parsed list is alive, minus "
           "before\n\n";
    out << QString::asprintf("%-18s %7s %8s %9s %9s %8s %9s %9s %8s %8s\n",
                             "workload",
                             "docs",
                             "JSON MB",
                             "parse ms",
                             "(Qt) ms",
                             "read ms",
                             "write ms",
                             "(Qt) ms",
                             "held MB",
                             "µs/doc");
    for (const Figures &row : rows) {
        const double perDocument = row.documents ? (row.parseMs + row.serializeMs) * 1000.0
                                                       / double(row.documents)
                                                 : 0;
        out << QString::asprintf("%-18s %7lld %8.1f %9.1f %9.1f %8.1f %9.1f %9.1f %8.1f %8.1f\n",
                                 qPrintable(row.workload),
                                 qlonglong(row.documents),
                                 row.jsonMegabytes,
                                 row.parseMs,
                                 row.qtParseMs,
                                 row.readMs,
                                 row.serializeMs,
                                 row.qtSerializeMs,
                                 row.heldMegabytes,
                                 perDocument);
    }
    // For bench/run.sh's table: parse and write against QJsonDocument alone.
    out << "\n";
    for (const Figures &row : rows) {
        const QString name = (row.workload.section(u' ', 0, 0) + u'_'
                              + row.workload.section(u'(', 1).section(u' ', 0, 0))
                                 .toLower();
        out << QString::asprintf("FIGURE models_parse_%s %.1f ms qjsondocument_parse %.1f\n",
                                 qPrintable(name),
                                 row.parseMs,
                                 row.qtParseMs);
        out << QString::asprintf("FIGURE models_write_%s %.1f ms qjsondocument_write %.1f\n",
                                 qPrintable(name),
                                 row.serializeMs,
                                 row.qtSerializeMs);
    }
    out << "\npeak resident memory (VmHWM): " << QString::number(residentMegabytes("VmHWM"), 'f', 1)
        << " MB\n";
    return 0;
}
