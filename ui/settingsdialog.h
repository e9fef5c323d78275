#pragma once

#include "ui/appearance.h"

#include <QDialog>

class QComboBox;
class QLabel;

namespace TheEye {

// Application settings: the user interface language (follow the system, English or Español,
// stored as "" / "en" / "es" under General/language, translations/uilanguage.h, applied at the
// next start, as the note in the dialog says) and the appearance (System, Light or Dark,
// ui/appearance.h, applied at once).
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    // languageCode as stored: "" for the system language; an unknown code shows as System.
    explicit SettingsDialog(const QString &languageCode, QWidget *parent = nullptr);

    QString languageCode() const;
    Appearance appearance() const;
    void setAppearance(Appearance appearance);

private:
    void updateNote();

    QString m_initialLanguage;
    QComboBox *m_language = nullptr;
    QComboBox *m_appearance = nullptr;
    QLabel *m_note = nullptr;
};

// Opens the dialog non-modally on the application's QSettings and stores the choices when the
// user presses OK (applying the appearance). What the main window's Settings action calls.
void openSettingsDialog(QWidget *parent);

} // namespace TheEye
