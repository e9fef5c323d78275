#include "ui/connectiondialog.h"

#include "client/profilestore.h"
#include "client/supervisorclient.h"
#include "client/tasksapi.h"
#include "ui/appicons.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace TheEye {

namespace {
enum Page { LocalPage, RemotePage };
}

ConnectionDialog::ConnectionDialog(ProfileStore *store,
                                   const QString &currentProfileId,
                                   QWidget *parent)
    : QDialog(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("connectionDialog"));
    setWindowTitle(tr("Connections"));

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("profileList"));
    m_list->setMinimumWidth(200);
    auto *add = new QPushButton(AppIcons::icon(QStringLiteral("add")), tr("&Add Remote"), this);
    add->setObjectName(QStringLiteral("addProfileButton"));
    m_remove = new QPushButton(AppIcons::icon(QStringLiteral("remove")), tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeProfileButton"));
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(add);
    listButtons->addWidget(m_remove);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);

    auto *local = new QLabel(
        tr("<p><b>This computer</b></p><p>TheEye Desktop runs its own supervisor and "
           "bot on this machine: tasks are kept in a local database and scripts run "
           "here. Nothing else needs to be installed or running.</p>"),
        this);
    local->setWordWrap(true);
    local->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto *remote = new QWidget(this);
    auto *form = new QFormLayout(remote);
    const auto line = [this](const QString &name, const QString &placeholder) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(name);
        edit->setPlaceholderText(placeholder);
        connect(edit, &QLineEdit::textChanged, this, &ConnectionDialog::validate);
        return edit;
    };
    m_name = line(QStringLiteral("profileNameEdit"), tr("e.g. Production"));
    m_url = line(QStringLiteral("profileUrlEdit"), tr("https://supervisor.example.com"));
    m_organization = line(QStringLiteral("profileOrganizationEdit"),
                          tr("your organization's name"));
    m_token = line(QStringLiteral("profileTokenEdit"), tr("access or integration token"));
    m_token->setEchoMode(QLineEdit::Password);
    m_gateway = line(QStringLiteral("profileGatewayEdit"),
                     tr("optional: https://gateway.example.com"));
    m_username = line(QStringLiteral("profileUsernameEdit"), tr("optional: for signing in"));
    m_password = line(QStringLiteral("profilePasswordEdit"), tr("not stored"));
    m_password->setEchoMode(QLineEdit::Password);
    m_signIn = new QPushButton(tr("&Sign In"), this);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    auto *signInRow = new QHBoxLayout;
    signInRow->addWidget(m_password);
    signInRow->addWidget(m_signIn);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Supervisor &URL:"), m_url);
    form->addRow(tr("&Organization:"), m_organization);
    form->addRow(tr("&Token:"), m_token);
    form->addRow(new QLabel(tr("Or sign in through TheEye's gateway:"), this));
    form->addRow(tr("&Gateway URL:"), m_gateway);
    form->addRow(tr("User&name:"), m_username);
    form->addRow(tr("&Password:"), signInRow);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(local);
    m_pages->addWidget(remote);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("profileProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c01c28;"));
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("testResultLabel"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *connectButton = m_buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    connectButton->setObjectName(QStringLiteral("connectButton"));
    m_test = m_buttons->addButton(tr("&Test Connection"), QDialogButtonBox::ActionRole);
    m_test->setObjectName(QStringLiteral("testConnectionButton"));

    auto *right = new QVBoxLayout;
    right->addWidget(m_pages, 1);
    right->addWidget(m_problem);
    right->addWidget(m_result);
    auto *top = new QHBoxLayout;
    top->addLayout(left);
    top->addLayout(right, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(m_buttons);
    resize(760, 420);

    connect(add, &QPushButton::clicked, this, &ConnectionDialog::addRemote);
    connect(m_remove, &QPushButton::clicked, this, &ConnectionDialog::removeCurrent);
    connect(m_signIn, &QPushButton::clicked, this, &ConnectionDialog::signIn);
    connect(m_test, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::saveAndConnect);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, [this] { showProfile(currentId()); });

    reload();
    selectProfile(currentProfileId.isEmpty() ? localProfileId() : currentProfileId);
}

QString ConnectionDialog::currentId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : localProfileId();
}

void ConnectionDialog::reload()
{
    const QString selected = currentId();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    auto *local = new QListWidgetItem(AppIcons::icon(QStringLiteral("connection-local")),
                                      tr("This computer"),
                                      m_list);
    local->setData(Qt::UserRole, localProfileId());
    if (m_store) {
        for (const ConnectionProfile &profile : m_store->profiles()) {
            if (profile.kind == ConnectionProfile::Kind::Local)
                continue;
            auto *item = new QListWidgetItem(AppIcons::icon(QStringLiteral("connection-remote")),
                                             profile.name.isEmpty() ? profile.baseUrl.host()
                                                                    : profile.name,
                                             m_list);
            item->setData(Qt::UserRole, profile.id);
        }
    }
    selectProfile(selected);
}

void ConnectionDialog::selectProfile(const QString &id)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toString() == id) {
            m_list->setCurrentRow(row);
            showProfile(id);
            return;
        }
    }
    m_list->setCurrentRow(0);
    showProfile(localProfileId());
}

void ConnectionDialog::showProfile(const QString &id)
{
    m_loadedId = id;
    m_result->clear();
    if (id == localProfileId() || !m_store) {
        m_pages->setCurrentIndex(LocalPage);
        m_remove->setEnabled(false);
        m_test->setEnabled(false);
        validate();
        return;
    }
    m_pages->setCurrentIndex(RemotePage);
    m_remove->setEnabled(true);
    m_test->setEnabled(true);
    const auto profile = m_store->profile(id);
    const ConnectionProfile value = profile.value_or(ConnectionProfile());
    m_name->setText(value.name);
    m_url->setText(value.baseUrl.toString());
    m_organization->setText(value.organization);
    m_gateway->setText(value.gatewayUrl.toString());
    m_username->setText(value.username);
    m_password->clear();
    m_token->clear();
    m_token->setPlaceholderText(tr("loading from the keychain…"));
    m_store->loadToken(id)->then(this, [this, id](const Result<QString, SecretError> &result) {
        if (m_loadedId != id)
            return; // the user moved on
        m_token->setPlaceholderText(tr("access or integration token"));
        if (result.ok())
            m_token->setText(*result);
        else
            m_result->setText(tr("The token could not be read: %1").arg(result.error().message));
    });
    validate();
}

ConnectionProfile ConnectionDialog::editedProfile() const
{
    ConnectionProfile profile;
    if (m_pages->currentIndex() == LocalPage) {
        profile.id = localProfileId();
        profile.kind = ConnectionProfile::Kind::Local;
        profile.name = tr("This computer");
        return profile;
    }
    profile.id = m_loadedId;
    profile.kind = ConnectionProfile::Kind::Remote;
    profile.name = m_name->text().trimmed();
    profile.baseUrl = QUrl::fromUserInput(m_url->text().trimmed());
    profile.organization = m_organization->text().trimmed();
    profile.token = m_token->text().trimmed();
    if (!m_gateway->text().trimmed().isEmpty())
        profile.gatewayUrl = QUrl::fromUserInput(m_gateway->text().trimmed());
    profile.username = m_username->text().trimmed();
    return profile;
}

void ConnectionDialog::validate()
{
    QStringList problems;
    if (m_pages->currentIndex() == RemotePage) {
        const ConnectionProfile profile = editedProfile();
        problems = profile.problems();
        if (profile.token.isEmpty())
            problems.append(tr("Enter a token, or sign in through the gateway."));
        m_signIn->setEnabled(profile.canSignIn() && !m_password->text().isEmpty());
    }
    m_problem->setText(problems.join(QLatin1Char('\n')));
    m_problem->setVisible(!problems.isEmpty());
    m_test->setEnabled(m_pages->currentIndex() == RemotePage && problems.isEmpty());
    if (QPushButton *connectButton = findChild<QPushButton *>(QStringLiteral("connectButton")))
        connectButton->setEnabled(problems.isEmpty());
}

void ConnectionDialog::addRemote()
{
    if (!m_store)
        return;
    ConnectionProfile profile;
    profile.id = ConnectionProfile::newId();
    profile.kind = ConnectionProfile::Kind::Remote;
    profile.name = tr("New supervisor");
    m_store->save(profile);
    reload();
    selectProfile(profile.id);
    m_name->setFocus();
    m_name->selectAll();
}

void ConnectionDialog::removeCurrent()
{
    const QString id = currentId();
    if (!m_store || id == localProfileId())
        return;
    if (QMessageBox::question(this,
                              tr("Remove Connection"),
                              tr("Remove the connection \"%1\" and its stored token?")
                                  .arg(m_name->text()))
        != QMessageBox::Yes)
        return;
    m_store->remove(id);
    reload();
    selectProfile(localProfileId());
}

void ConnectionDialog::signIn()
{
    const ConnectionProfile profile = editedProfile();
    auto *client = new SupervisorClient(profile, this);
    m_signIn->setEnabled(false);
    m_result->setText(tr("Signing in…"));
    client
        ->signIn(m_password->text(),
                 this,
                 [this, client](const Result<QString, ClientError> &result) {
                     client->deleteLater();
                     m_password->clear();
                     validate();
                     if (!result.ok()) {
                         m_result->setText(tr("Sign-in failed: %1").arg(result.error().message));
                         return;
                     }
                     m_token->setText(*result);
                     m_result->setText(tr(
                         "Signed in. The token is kept in your system keychain when you connect."));
                 });
}

void ConnectionDialog::testConnection()
{
    const ConnectionProfile profile = editedProfile();
    if (!profile.isUsable() || profile.token.isEmpty())
        return;
    delete m_probe;
    m_probe = new SupervisorClient(profile, this);
    m_test->setEnabled(false);
    m_result->setText(tr("Testing %1…").arg(profile.baseUrl.toString()));
    QPointer<SupervisorClient> probe = m_probe;
    // Health says the supervisor is there; listing tasks says the token and organization work.
    probe->checkHealth(this, [this, probe](const Result<HealthStatus, ClientError> &health) {
        if (!probe)
            return;
        if (!health.ok()) {
            m_result->setText(tr("✗ %1").arg(health.error().message));
            m_test->setEnabled(true);
            Q_EMIT testFinished(false);
            return;
        }
        const QString version = health->version.isEmpty()
                                    ? QString()
                                    : tr(" (version %1)").arg(health->version);
        TaskListQuery query;
        probe->tasks().list(query,
                            this,
                            [this, version](const Result<QList<Task>, ClientError> &tasks) {
                                m_test->setEnabled(true);
                                if (!tasks.ok()) {
                                    m_result->setText(tr("✗ The supervisor answers%1, but: %2")
                                                          .arg(version, tasks.error().message));
                                    Q_EMIT testFinished(false);
                                    return;
                                }
                                m_result->setText(
                                    tr("✓ Connected%1: the token works and %n task(s) are visible.",
                                       nullptr,
                                       int(tasks->size()))
                                        .arg(version));
                                Q_EMIT testFinished(true);
                            });
    });
}

QString ConnectionDialog::testResult() const
{
    return m_result->text();
}

void ConnectionDialog::saveAndConnect()
{
    const ConnectionProfile profile = editedProfile();
    if (profile.kind == ConnectionProfile::Kind::Local || !m_store) {
        if (m_store)
            m_store->setDefaultProfileId(localProfileId());
        Q_EMIT connectRequested(profile);
        accept();
        return;
    }
    m_store->save(profile)->then(this, [this, profile](const Result<Done, SecretError> &result) {
        if (!result.ok() && result.error().kind == SecretError::Kind::Unavailable
            && !m_store->isEncryptedFileAllowed()) {
            const auto answer = QMessageBox::question(
                this,
                tr("No Keychain"),
                tr("No system keychain is running, so the token cannot be stored there.\n\nKeep it "
                   "in "
                   "an encrypted file in your profile instead? Choose No to enter the token again "
                   "next time."),
                QMessageBox::Yes | QMessageBox::No,
                QMessageBox::No);
            if (answer == QMessageBox::Yes) {
                m_store->setEncryptedFileAllowed(true);
                m_store->save(profile);
            }
        } else if (!result.ok()) {
            QMessageBox::warning(this,
                                 tr("Token Not Saved"),
                                 tr("The connection is used now, but its token was not saved: %1")
                                     .arg(result.error().message));
        }
        m_store->setDefaultProfileId(profile.id);
        Q_EMIT connectRequested(profile);
        accept();
    });
}

} // namespace TheEye
