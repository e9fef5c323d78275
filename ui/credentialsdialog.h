#pragma once

#include "models/task.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace TheEye {

class Session;

// The task's API credentials (TheEye's "API" dialog, done better): task id, secret, the full
// secret URL and the token URL, a Sync (wait_result) toggle, ready-to-paste curl, Python and
// PowerShell snippets with one variable per argument, copy buttons, and secret rotation.
class CredentialsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialsDialog)

public:
    CredentialsDialog(Session *session, const Task &task, QWidget *parent = nullptr);

    QString secretUrl() const;
    QString tokenUrl() const;
    QString curlSnippet() const;
    QString pythonSnippet() const;
    QString powershellSnippet() const;
    // Variable name TheEye's dialog gives an argument: the label, lower case, spaces as _, only
    // [a-z0-9_], and never empty or starting with a digit.
    static QString variableName(const QString &label, int order);

    void rotateSecret(); // asks first

Q_SIGNALS:
    void loaded();

private:
    void load();
    void setSecret(const QString &secret);
    void refresh();
    QString jobBase() const;

    QPointer<Session> m_session;
    Task m_task;
    QString m_secret;
    QLineEdit *m_id = nullptr;
    QLineEdit *m_secretEdit = nullptr;
    QLineEdit *m_secretUrl = nullptr;
    QLineEdit *m_tokenUrl = nullptr;
    QCheckBox *m_sync = nullptr;
    QTabWidget *m_snippets = nullptr;
    QPlainTextEdit *m_curl = nullptr;
    QPlainTextEdit *m_python = nullptr;
    QPlainTextEdit *m_powershell = nullptr;
    QPushButton *m_rotate = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace TheEye
