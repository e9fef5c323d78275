#pragma once

#include "models/host.h"
#include "models/recipe.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace TheEye {

class CodeEditor;

// One recipe before it is imported (web-ui.md §5b, done better): what will be created (name,
// script file with size and md5, arguments, env, run-as, timeout), the bot to pick (required),
// every fixed value and env value the recipe left blank highlighted and editable, a missing
// run-as to fill, and the script to read — or to edit before anything is created.
class ImportPreviewPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportPreviewPage)

public:
    ImportPreviewPage(const QString &displayName,
                      const Recipe::Imported &recipe,
                      const QList<Host> &hosts,
                      const QStringList &knownRunAs,
                      QWidget *parent = nullptr);

    QString displayName() const { return m_displayName; }
    const Recipe::Imported &recipe() const { return m_recipe; }
    // The task to create (POST /task with the script inline), from the recipe and what was
    // filled here.
    Task task() const;
    // What blocks the import, translated; empty when it can go.
    QStringList problems() const;
    bool isScriptEdited() const { return m_scriptEdited; }

    void setStatus(const QString &message, bool isError);
    void setBusy(bool busy);

    void editScript();

Q_SIGNALS:
    void changed();

private:
    void buildValues();
    void updateHighlights();
    void updateSummary();
    QString selectedHostId() const;

    QString m_displayName;
    Recipe::Imported m_recipe;
    QList<Host> m_hosts;
    Script m_script;
    QByteArray m_content;
    bool m_scriptEdited = false;
    QLineEdit *m_name = nullptr;
    QComboBox *m_bot = nullptr;
    QComboBox *m_runAs = nullptr;
    QLabel *m_summary = nullptr;
    QGroupBox *m_valuesBox = nullptr;
    QHash<int, QLineEdit *> m_fixedValues; // by argument order
    QHash<QString, QLineEdit *> m_envValues;
    QHash<QString, QToolButton *> m_envRemove;
    CodeEditor *m_scriptView = nullptr;
    QLabel *m_scriptInfo = nullptr;
    QPushButton *m_editScript = nullptr;
    QLabel *m_problems = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace TheEye
