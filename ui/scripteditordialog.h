#pragma once

#include "models/script.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace TheEye {

class CodeEditor;

// Creates or edits a script: file name, description and content in a monospace editor with line
// numbers and highlighting; load from and save to a local file; md5 and size shown as you type.
// The caller uploads the result (script() and content()).
class ScriptEditorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScriptEditorDialog)

public:
    explicit ScriptEditorDialog(const Script &script,
                                const QByteArray &content,
                                QWidget *parent = nullptr);

    Script script() const;
    QByteArray content() const;
    bool isModified() const;

    bool loadFile(const QString &path);
    bool saveFile(const QString &path);

    void reject() override;

protected:
    void done(int result) override;

private:
    void updateState();

    Script m_original;
    QByteArray m_originalContent;
    QLineEdit *m_filename = nullptr;
    QLineEdit *m_description = nullptr;
    CodeEditor *m_editor = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace TheEye
