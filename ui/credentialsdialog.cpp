#include "ui/credentialsdialog.h"

#include "client/supervisorclient.h"
#include "client/tasksapi.h"
#include "ui/appicons.h"
#include "ui/session.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace TheEye {

namespace {

QWidget *withCopyButton(QWidget *parent, QLineEdit *edit, const QString &name)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit);
    auto *copy = new QToolButton(row);
    copy->setObjectName(name + QStringLiteral("CopyButton"));
    copy->setIcon(AppIcons::icon(QStringLiteral("copy")));
    copy->setToolTip(CredentialsDialog::tr("Copy to the clipboard"));
    QObject::connect(copy, &QToolButton::clicked, edit, [edit] {
        QApplication::clipboard()->setText(edit->text());
    });
    layout->addWidget(copy);
    return row;
}

QString shellQuote(const QString &value)
{
    QString quoted = value;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

} // namespace

CredentialsDialog::CredentialsDialog(Session *session, const Task &task, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_task(task)
{
    setObjectName(QStringLiteral("credentialsDialog"));
    setWindowTitle(tr("API and Credentials: %1").arg(task.name()));
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);

    const auto readOnlyLine = [this, &mono](const QString &name) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(name);
        edit->setReadOnly(true);
        edit->setFont(mono);
        return edit;
    };
    m_id = readOnlyLine(QStringLiteral("taskIdEdit"));
    m_id->setText(task.id());
    m_secretEdit = readOnlyLine(QStringLiteral("secretEdit"));
    m_secretEdit->setEchoMode(QLineEdit::Password);
    m_secretUrl = readOnlyLine(QStringLiteral("secretUrlEdit"));
    m_tokenUrl = readOnlyLine(QStringLiteral("tokenUrlEdit"));
    m_sync = new QCheckBox(tr("&Wait for the result (sync: the call answers when the job ends)"),
                           this);
    m_sync->setObjectName(QStringLiteral("waitResultCheck"));

    auto *reveal = new QToolButton(this);
    reveal->setObjectName(QStringLiteral("revealSecretButton"));
    reveal->setText(tr("Show"));
    reveal->setCheckable(true);
    connect(reveal, &QToolButton::toggled, this, [this](bool shown) {
        m_secretEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    });
    auto *secretRow = withCopyButton(this, m_secretEdit, QStringLiteral("secret"));
    secretRow->layout()->addWidget(reveal);

    auto *form = new QFormLayout;
    form->addRow(tr("Task ID:"), withCopyButton(this, m_id, QStringLiteral("taskId")));
    form->addRow(tr("Secret:"), secretRow);
    form->addRow(tr("Secret URL:"), withCopyButton(this, m_secretUrl, QStringLiteral("secretUrl")));
    form->addRow(tr("Token URL:"), withCopyButton(this, m_tokenUrl, QStringLiteral("tokenUrl")));
    form->addRow(QString(), m_sync);

    m_snippets = new QTabWidget(this);
    m_snippets->setObjectName(QStringLiteral("snippetTabs"));
    const auto snippetEditor = [this, &mono](const QString &name, const QString &title) {
        auto *edit = new QPlainTextEdit(this);
        edit->setObjectName(name);
        edit->setReadOnly(true);
        edit->setFont(mono);
        edit->setLineWrapMode(QPlainTextEdit::NoWrap);
        m_snippets->addTab(edit, title);
        return edit;
    };
    m_curl = snippetEditor(QStringLiteral("curlSnippet"), tr("curl"));
    m_python = snippetEditor(QStringLiteral("pythonSnippet"), tr("Python"));
    m_powershell = snippetEditor(QStringLiteral("powershellSnippet"), tr("PowerShell"));
    auto *copySnippet = new QPushButton(AppIcons::icon(QStringLiteral("copy")),
                                        tr("&Copy Snippet"),
                                        this);
    copySnippet->setObjectName(QStringLiteral("copySnippetButton"));
    connect(copySnippet, &QPushButton::clicked, this, [this] {
        if (auto *edit = qobject_cast<QPlainTextEdit *>(m_snippets->currentWidget()))
            QApplication::clipboard()->setText(edit->toPlainText());
    });

    m_status = new QLabel(tr("Loading credentials…"), this);
    m_status->setObjectName(QStringLiteral("credentialsStatus"));
    m_status->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_rotate = buttons->addButton(tr("&Rotate Secret…"), QDialogButtonBox::ResetRole);
    m_rotate->setObjectName(QStringLiteral("rotateSecretButton"));
    m_rotate->setEnabled(false);
    buttons->addButton(copySnippet, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_rotate, &QPushButton::clicked, this, &CredentialsDialog::rotateSecret);
    connect(m_sync, &QCheckBox::toggled, this, &CredentialsDialog::refresh);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_snippets, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(760, 520);
    load();
}

void CredentialsDialog::load()
{
    if (!m_session || !m_session->client())
        return;
    m_session->client()
        ->tasks()
        .credentials(m_task.id(), this, [this](const Result<TaskCredentials, ClientError> &result) {
            if (!result.ok()) {
                m_status->setText(result.error().message);
                return;
            }
            setSecret(result->secret);
            m_status->setText(
                tr("Anyone with the secret URL can run this task; keep it like a password."));
            m_rotate->setEnabled(true);
            Q_EMIT loaded();
        });
}

void CredentialsDialog::setSecret(const QString &secret)
{
    m_secret = secret;
    m_secretEdit->setText(secret);
    refresh();
}

QString CredentialsDialog::jobBase() const
{
    if (!m_session)
        return {};
    QString base = m_session->profile().baseUrl.toString(QUrl::StripTrailingSlash);
    return base + QLatin1Char('/')
           + QString::fromUtf8(QUrl::toPercentEncoding(m_session->profile().organization))
           + QStringLiteral("/task/") + m_task.id();
}

QString CredentialsDialog::secretUrl() const
{
    if (m_secret.isEmpty())
        return {};
    QString url = jobBase() + QStringLiteral("/secret/") + m_secret + QStringLiteral("/job");
    if (m_sync->isChecked())
        url += QStringLiteral("?wait_result=true");
    return url;
}

QString CredentialsDialog::tokenUrl() const
{
    // The token is never written into the dialog: a placeholder stands for it, as in TheEye.
    QString url = jobBase() + QStringLiteral("/job?access_token=YOUR_ACCESS_TOKEN");
    if (m_sync->isChecked())
        url += QStringLiteral("&wait_result=true");
    return url;
}

QString CredentialsDialog::variableName(const QString &label, int order)
{
    QString name = label.toLower();
    name.replace(QLatin1Char(' '), QLatin1Char('_'));
    name.remove(QRegularExpression(QStringLiteral("[^a-z0-9_]")));
    if (name.isEmpty() || name.front().isDigit())
        name = QStringLiteral("arg%1_").arg(order) + name;
    return name;
}

QString CredentialsDialog::curlSnippet() const
{
    // Form fields encoded by curl itself: a value with quotes, spaces or $(…) reaches the script
    // exactly as typed, with no JSON to escape by hand. `task_arguments[]` keeps it a list even
    // with one argument.
    QStringList lines;
    QStringList fields;
    for (const TaskArgument &argument : m_task.arguments()) {
        if (argument.isFixed()) {
            fields.append(QStringLiteral("  --data-urlencode 'task_arguments[]=' \\"));
            continue;
        }
        const QString variable = variableName(argument.label(), argument.order());
        lines.append(QStringLiteral("%1=%2  # %3")
                         .arg(variable, shellQuote(argument.value()), argument.label()));
        fields.append(
            QStringLiteral("  --data-urlencode \"task_arguments[]=$%1\" \\").arg(variable));
    }
    lines.append(QStringLiteral("curl -sS -X POST \\"));
    lines.append(fields);
    lines.append(QStringLiteral("  %1").arg(shellQuote(secretUrl())));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString CredentialsDialog::pythonSnippet() const
{
    QStringList lines{QStringLiteral("import json"),
                      QStringLiteral("import urllib.request"),
                      QString()};
    QStringList values;
    for (const TaskArgument &argument : m_task.arguments()) {
        if (argument.isFixed()) {
            values.append(QStringLiteral("None"));
            continue;
        }
        const QString variable = variableName(argument.label(), argument.order());
        lines.append(
            QStringLiteral("%1 = %2  # %3")
                .arg(variable,
                     QString::fromUtf8(
                         QJsonDocument(QJsonArray{argument.value()}).toJson(QJsonDocument::Compact))
                         .mid(1)
                         .chopped(1),
                     argument.label()));
        values.append(variable);
    }
    lines.append(QStringLiteral("url = \"%1\"").arg(secretUrl()));
    lines.append(QStringLiteral("body = json.dumps({\"task_arguments\": [%1]}).encode()")
                     .arg(values.join(QStringLiteral(", "))));
    lines.append(
        QStringLiteral("request = urllib.request.Request(url, data=body, method=\"POST\","));
    lines.append(QStringLiteral(
        "                                 headers={\"Content-Type\": \"application/json\"})"));
    lines.append(QStringLiteral("with urllib.request.urlopen(request) as response:"));
    lines.append(QStringLiteral("    print(json.load(response))"));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString CredentialsDialog::powershellSnippet() const
{
    QStringList lines;
    QStringList values;
    for (const TaskArgument &argument : m_task.arguments()) {
        if (argument.isFixed()) {
            values.append(QStringLiteral("$null"));
            continue;
        }
        const QString variable = variableName(argument.label(), argument.order());
        QString value = argument.value();
        value.replace(QLatin1Char('\''), QStringLiteral("''"));
        lines.append(QStringLiteral("$%1 = '%2'  # %3").arg(variable, value, argument.label()));
        values.append(QLatin1Char('$') + variable);
    }
    lines.append(QStringLiteral("$url = '%1'").arg(secretUrl()));
    lines.append(
        QStringLiteral("$body = ConvertTo-Json -Depth 5 -InputObject @{ task_arguments = @(%1) }")
            .arg(values.join(QStringLiteral(", "))));
    lines.append(QStringLiteral(
        "Invoke-RestMethod -Method Post -Uri $url -ContentType 'application/json' -Body $body"));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void CredentialsDialog::refresh()
{
    m_secretUrl->setText(secretUrl());
    m_tokenUrl->setText(tokenUrl());
    if (m_secret.isEmpty())
        return;
    m_curl->setPlainText(curlSnippet());
    m_python->setPlainText(pythonSnippet());
    m_powershell->setPlainText(powershellSnippet());
}

void CredentialsDialog::rotateSecret()
{
    if (!m_session || !m_session->client())
        return;
    const auto answer = QMessageBox::warning(
        this,
        tr("Rotate Secret"),
        tr("A new secret replaces the current one at once. Every script, webhook or colleague "
           "using "
           "the current secret URL will get \"invalid secret\" until they use the new one.\n\n"
           "Rotate the secret of %1?")
            .arg(m_task.name()),
        QMessageBox::Yes | QMessageBox::Cancel,
        QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    m_rotate->setEnabled(false);
    m_status->setText(tr("Rotating the secret…"));
    m_session->client()->tasks().rotateSecret(
        m_task.id(), this, [this](const Result<TaskCredentials, ClientError> &result) {
            m_rotate->setEnabled(true);
            if (!result.ok()) {
                m_status->setText(tr("The secret was not rotated: %1").arg(result.error().message));
                return;
            }
            setSecret(result->secret);
            m_status->setText(tr("New secret in place. The old secret URL no longer works."));
        });
}

} // namespace TheEye
