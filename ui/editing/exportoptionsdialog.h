#pragma once

#include "ui/editing/recipefiles.h"

#include <QDialog>

class QButtonGroup;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace TheEye {

// Exporting several tasks at once: what to write (recipe, backup or arguments, with TheEye's
// explanation of each) and the folder that receives one file per task.
class ExportOptionsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportOptionsDialog)

public:
    ExportOptionsDialog(int taskCount, const QString &folder, QWidget *parent = nullptr);

    RecipeFiles::ExportKind kind() const;
    void setKind(RecipeFiles::ExportKind kind);
    QString folder() const;
    void setFolder(const QString &folder);

private:
    void validate();

    QButtonGroup *m_kinds = nullptr;
    QLineEdit *m_folder = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace TheEye
