#pragma once

#include "client/connectionprofile.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace TheEye {

class ProfileStore;
class SupervisorClient;

// Connection profiles: "This computer" (the local supervisor the app hosts) and any number of
// remote TheEye supervisors (URL, organization, and a token or a gateway sign-in). Test
// Connection says plainly whether the supervisor answers and accepts the token; Connect switches
// the running app to the chosen profile. Tokens go to the system keychain, never to plain text.
class ConnectionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionDialog)

public:
    ConnectionDialog(ProfileStore *store,
                     const QString &currentProfileId,
                     QWidget *parent = nullptr);

    // The profile of the form as it stands (token included).
    ConnectionProfile editedProfile() const;
    void selectProfile(const QString &id); // "local" for this computer
    void testConnection();
    QString testResult() const;

    static QString localProfileId() { return QStringLiteral("local"); }

Q_SIGNALS:
    // The user chose to connect; for the local profile, kind is Local and no URL is set.
    void connectRequested(const TheEye::ConnectionProfile &profile);
    void testFinished(bool ok);

private:
    void reload();
    void showProfile(const QString &id);
    void addRemote();
    void removeCurrent();
    void signIn();
    void saveAndConnect();
    void validate();
    QString currentId() const;

    QPointer<ProfileStore> m_store;
    QString m_loadedId;
    QListWidget *m_list = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_organization = nullptr;
    QLineEdit *m_token = nullptr;
    QLineEdit *m_gateway = nullptr;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_password = nullptr;
    QPushButton *m_signIn = nullptr;
    QPushButton *m_test = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_problem = nullptr;
    QLabel *m_result = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPointer<SupervisorClient> m_probe;
};

} // namespace TheEye
