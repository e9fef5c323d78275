#include "ui/settingsdialog.h"

#include "translations/uilanguage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace TheEye {

SettingsDialog::SettingsDialog(const QString &languageCode, QWidget *parent)
    : QDialog(parent)
    , m_initialLanguage(supportedLanguageCodes().contains(languageCode) ? languageCode : QString())
{
    setObjectName(u"settingsDialog"_s);
    setWindowTitle(tr("Settings"));

    m_language = new QComboBox(this);
    m_language->setObjectName(u"languageCombo"_s);
    m_language->addItem(tr("System language"), QString());
    // Each language is named in itself, so whoever cannot read the current one finds their own.
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->addItem(u"Español"_s, u"es"_s);
    m_language->setCurrentIndex(m_language->findData(m_initialLanguage));

    m_appearance = new QComboBox(this);
    m_appearance->setObjectName(u"appearanceCombo"_s);
    m_appearance->addItem(tr("System"), int(Appearance::System));
    m_appearance->addItem(tr("Light"), int(Appearance::Light));
    m_appearance->addItem(tr("Dark"), int(Appearance::Dark));

    m_note = new QLabel(this);
    m_note->setObjectName(u"restartNote"_s);
    m_note->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), m_note);
    form->addRow(tr("&Appearance:"), m_appearance);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);

    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateNote);
    updateNote();
}

QString SettingsDialog::languageCode() const
{
    return m_language->currentData().toString();
}

Appearance SettingsDialog::appearance() const
{
    return static_cast<Appearance>(m_appearance->currentData().toInt());
}

void SettingsDialog::setAppearance(Appearance appearance)
{
    m_appearance->setCurrentIndex(m_appearance->findData(int(appearance)));
}

void SettingsDialog::updateNote()
{
    // Widgets take their texts when they are built, so a new language needs a new start.
    m_note->setText(languageCode() == m_initialLanguage
                        ? tr("The language applies when TheEye Desktop starts.")
                        : tr("The new language applies the next time TheEye Desktop starts."));
}

void openSettingsDialog(QWidget *parent)
{
    const QString stored = QSettings().value(languageSettingKey()).toString();
    auto *dialog = new SettingsDialog(stored, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAppearance(storedAppearance());
    QObject::connect(dialog, &QDialog::accepted, dialog, [dialog] {
        QSettings settings;
        settings.setValue(languageSettingKey(), dialog->languageCode());
        storeAppearance(dialog->appearance());
        applyAppearance(dialog->appearance());
    });
    dialog->open();
}

} // namespace TheEye
