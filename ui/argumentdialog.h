#pragma once

#include "models/taskargument.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;

namespace TheEye {

// Edits one task argument with every property its type has (web-ui.md §3): label, help, fixed
// value, accepted characters, min/max length, pattern (checked to compile), options, remote
// endpoint and attributes, masked, required, multiple. OK is enabled only while the definition
// is valid; the problem is shown inline.
class ArgumentDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArgumentDialog)

public:
    explicit ArgumentDialog(const TaskArgument &argument, bool adding, QWidget *parent = nullptr);

    TaskArgument argument() const;

private:
    void buildForm(bool adding);
    void validate();
    void addOptionRow(const QString &value = {}, const QString &label = {});

    TaskArgument m_original;
    QLineEdit *m_label = nullptr;
    QLineEdit *m_help = nullptr;
    QLineEdit *m_value = nullptr;
    QPlainTextEdit *m_textValue = nullptr;
    QCheckBox *m_masked = nullptr;
    QCheckBox *m_required = nullptr;
    QCheckBox *m_multiple = nullptr;
    QComboBox *m_charset = nullptr;
    QSpinBox *m_min = nullptr;
    QSpinBox *m_max = nullptr;
    QLineEdit *m_pattern = nullptr;
    QTableWidget *m_options = nullptr;
    QLineEdit *m_endpoint = nullptr;
    QLineEdit *m_idAttribute = nullptr;
    QLineEdit *m_textAttribute = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace TheEye
