#include "ui/jobs/jobresultview.h"

#include "models/jobarguments.h"
#include "models/jsonutil.h"

#include <QFontDatabase>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace TheEye {

using namespace Qt::StringLiterals;

namespace {

QString prettyItem(const QString &item)
{
    const auto parsed = Json::parse(item.toUtf8());
    if (!parsed)
        return item;
    if (parsed->isObject())
        return QString::fromUtf8(QJsonDocument(parsed->toObject()).toJson(QJsonDocument::Indented))
            .trimmed();
    if (parsed->isArray())
        return QString::fromUtf8(QJsonDocument(parsed->toArray()).toJson(QJsonDocument::Indented))
            .trimmed();
    return Json::toText(*parsed);
}

QString linkified(const QString &text)
{
    static const QRegularExpression url(u"https?://[^\\s<>\"']+"_s);
    QString html;
    qsizetype last = 0;
    auto matches = url.globalMatch(text);
    while (matches.hasNext()) {
        const auto match = matches.next();
        html += text.mid(last, match.capturedStart() - last).toHtmlEscaped();
        const QString link = match.captured().toHtmlEscaped();
        html += u"<a href=\""_s + link + u"\">"_s + link + u"</a>"_s;
        last = match.capturedEnd();
    }
    html += text.mid(last).toHtmlEscaped();
    return html.replace(u'\n', u"<br>"_s);
}

} // namespace

QString formatParsedOutput(const QStringList &output)
{
    QStringList items;
    items.reserve(output.size());
    for (const QString &item : output)
        items.append(prettyItem(item));
    return items.join(u"\n\n"_s);
}

QString popupHtml(const Job &job)
{
    if (!job.showResult())
        return {};
    const QJsonValue popup = job.components().value("popup"_L1);
    QStringList parts;
    if (popup.isArray()) {
        for (const QJsonValue &item : popup.toArray())
            parts.append(linkified(Json::toText(item)));
    } else if (!popup.isNull() && !popup.isUndefined()) {
        parts.append(linkified(Json::toText(popup)));
    }
    parts.removeAll(QString());
    if (parts.isEmpty())
        return {};
    return u"<p>"_s + parts.join(u"</p><p>"_s) + u"</p>"_s;
}

JobResultView::JobResultView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"jobResultView"_s);
    auto *argumentsBox = new QGroupBox(tr("Arguments"), this);
    m_arguments = new QTableWidget(0, 2, argumentsBox);
    m_arguments->setObjectName(u"argumentsTable"_s);
    m_arguments->setHorizontalHeaderLabels({tr("Argument"), tr("Value")});
    m_arguments->horizontalHeader()->setStretchLastSection(true);
    m_arguments->verticalHeader()->hide();
    m_arguments->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *argumentsLayout = new QVBoxLayout(argumentsBox);
    argumentsLayout->addWidget(m_arguments);

    auto *outputBox = new QGroupBox(tr("Output"), this);
    m_output = new QPlainTextEdit(outputBox);
    m_output->setObjectName(u"parsedOutput"_s);
    m_output->setReadOnly(true);
    m_output->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_output->setPlaceholderText(tr("The job has no parsed output (yet)."));
    auto *outputLayout = new QVBoxLayout(outputBox);
    outputLayout->addWidget(m_output);

    m_execution = new QLabel(this);
    m_execution->setObjectName(u"executionFacts"_s);
    m_execution->setWordWrap(true);
    m_execution->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(argumentsBox, 1);
    layout->addWidget(outputBox, 2);
    layout->addWidget(m_execution);
}

void JobResultView::setJob(const Job &job, const QList<TaskArgument> &definitions)
{
    const auto shown = JobArguments::describe(definitions, job.taskArgumentsValues());
    m_arguments->setRowCount(static_cast<int>(shown.size()));
    for (int row = 0; row < shown.size(); ++row) {
        m_arguments->setItem(row, 0, new QTableWidgetItem(shown.at(row).definition.label()));
        m_arguments->setItem(row, 1, new QTableWidgetItem(shown.at(row).text));
    }
    m_arguments->resizeColumnToContents(0);

    const QString parsed = formatParsedOutput(job.output());
    if (parsed != m_output->toPlainText())
        m_output->setPlainText(parsed);

    QStringList facts;
    if (const auto code = job.exitCode())
        facts.append(tr("Exit code: %1").arg(*code));
    if (!job.signal().isEmpty())
        facts.append(tr("Signal: %1").arg(job.signal()));
    if (job.isFinished())
        facts.append(job.killed() ? tr("Killed: yes") : tr("Killed: no"));
    if (!job.lastLine().isEmpty())
        facts.append(tr("Last line: %1").arg(job.lastLine()));
    m_execution->setText(facts.join(u"\n"_s));
}

QString JobResultView::parsedOutput() const
{
    return m_output->toPlainText();
}

} // namespace TheEye
