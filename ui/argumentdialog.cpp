#include "ui/argumentdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace TheEye {

namespace {

using Type = TaskArgument::Type;

QSpinBox *lengthBox(const QString &objectName, std::optional<int> value, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(objectName);
    box->setRange(-1, 100000);
    box->setSpecialValueText(ArgumentDialog::tr("No limit"));
    box->setValue(value.value_or(-1));
    return box;
}

std::optional<int> lengthValue(const QSpinBox *box)
{
    return box && box->value() >= 0 ? std::optional<int>(box->value()) : std::nullopt;
}

} // namespace

ArgumentDialog::ArgumentDialog(const TaskArgument &argument, bool adding, QWidget *parent)
    : QDialog(parent)
    , m_original(argument)
{
    setObjectName(QStringLiteral("argumentDialog"));
    buildForm(adding);
    validate();
}

void ArgumentDialog::buildForm(bool adding)
{
    const Type type = m_original.type();
    setWindowTitle(adding ? tr("Add %1 Argument").arg(TaskArgument::typeDisplayName(type))
                          : tr("Edit %1 Argument").arg(TaskArgument::typeDisplayName(type)));

    auto *form = new QFormLayout;
    m_label = new QLineEdit(m_original.label(), this);
    m_label->setObjectName(QStringLiteral("labelEdit"));
    m_label->setPlaceholderText(tr("Shown to whoever runs the task"));
    form->addRow(tr("&Label:"), m_label);

    if (type != Type::Fixed) {
        m_help = new QLineEdit(m_original.help(), this);
        m_help->setObjectName(QStringLiteral("helpEdit"));
        m_help->setPlaceholderText(tr("A hint shown next to the field"));
        form->addRow(tr("&Help:"), m_help);
    }

    if (type == Type::Fixed || type == Type::Input) {
        m_value = new QLineEdit(m_original.value(), this);
        m_value->setObjectName(QStringLiteral("valueEdit"));
        m_value->setPlaceholderText(type == Type::Fixed ? tr("The value the script always receives")
                                                        : tr("Optional default value"));
        form->addRow(type == Type::Fixed ? tr("&Value:") : tr("&Default value:"), m_value);
    } else if (type == Type::Textarea || type == Type::Json) {
        m_textValue = new QPlainTextEdit(m_original.value(), this);
        m_textValue->setObjectName(QStringLiteral("defaultTextEdit"));
        m_textValue->setTabChangesFocus(true);
        m_textValue->setMaximumHeight(90);
        form->addRow(tr("&Default value:"), m_textValue);
    }

    if (type == Type::Input) {
        m_charset = new QComboBox(this);
        m_charset->setObjectName(QStringLiteral("charsetCombo"));
        m_charset->addItem(tr("All"), int(TaskArgument::Charset::All));
        m_charset->addItem(tr("Letters"), int(TaskArgument::Charset::Alpha));
        m_charset->addItem(tr("Digits"), int(TaskArgument::Charset::Numeric));
        m_charset->addItem(tr("Letters and digits"), int(TaskArgument::Charset::Alphanumeric));
        m_charset->setCurrentIndex(m_charset->findData(int(m_original.charset())));
        form->addRow(tr("Accepted &characters:"), m_charset);
        m_min = lengthBox(QStringLiteral("minLengthSpin"), m_original.charsMin(), this);
        m_max = lengthBox(QStringLiteral("maxLengthSpin"), m_original.charsMax(), this);
        auto *lengths = new QHBoxLayout;
        lengths->addWidget(new QLabel(tr("min"), this));
        lengths->addWidget(m_min);
        lengths->addWidget(new QLabel(tr("max"), this));
        lengths->addWidget(m_max);
        lengths->addStretch();
        form->addRow(tr("Length:"), lengths);
        m_pattern = new QLineEdit(m_original.pattern(), this);
        m_pattern->setObjectName(QStringLiteral("patternEdit"));
        m_pattern->setPlaceholderText(tr("Regular expression the value must match, e.g. ^[a-z]+$"));
        form->addRow(tr("&Pattern:"), m_pattern);
    }

    if (type == Type::Select) {
        m_options = new QTableWidget(0, 2, this);
        m_options->setObjectName(QStringLiteral("optionsTable"));
        m_options->setHorizontalHeaderLabels({tr("Value"), tr("Label")});
        m_options->horizontalHeader()->setStretchLastSection(true);
        m_options->verticalHeader()->hide();
        for (const TaskArgument::Option &option : m_original.options())
            addOptionRow(option.id, option.label);
        auto *add = new QPushButton(tr("Add &Option"), this);
        add->setObjectName(QStringLiteral("addOptionButton"));
        auto *remove = new QPushButton(tr("&Remove Option"), this);
        remove->setObjectName(QStringLiteral("removeOptionButton"));
        connect(add, &QPushButton::clicked, this, [this] {
            addOptionRow();
            m_options->setCurrentCell(m_options->rowCount() - 1, 0);
            m_options->editItem(m_options->item(m_options->rowCount() - 1, 0));
        });
        connect(remove, &QPushButton::clicked, this, [this] {
            if (m_options->currentRow() >= 0)
                m_options->removeRow(m_options->currentRow());
            validate();
        });
        connect(m_options, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
            // Typing a value fills an empty label with it, as TheEye's editor does.
            if (item->column() == 0) {
                QTableWidgetItem *label = m_options->item(item->row(), 1);
                if (label && label->text().isEmpty()) {
                    const QSignalBlocker blocker(m_options);
                    label->setText(item->text());
                }
            }
            validate();
        });
        auto *buttons = new QHBoxLayout;
        buttons->addWidget(add);
        buttons->addWidget(remove);
        buttons->addStretch();
        auto *box = new QVBoxLayout;
        box->addWidget(m_options);
        box->addLayout(buttons);
        form->addRow(tr("&Options:"), box);
    }

    if (type == Type::RemoteOptions) {
        m_endpoint = new QLineEdit(m_original.endpointUrl(), this);
        m_endpoint->setObjectName(QStringLiteral("endpointEdit"));
        m_endpoint->setPlaceholderText(
            tr("https://example.com/api/items?user=%THEEYE_USER_EMAIL%"));
        form->addRow(tr("&Endpoint URL:"), m_endpoint);
        m_idAttribute = new QLineEdit(m_original.idAttribute(), this);
        m_idAttribute->setObjectName(QStringLiteral("idAttributeEdit"));
        form->addRow(tr("Val&ue attribute:"), m_idAttribute);
        m_textAttribute = new QLineEdit(m_original.textAttribute(), this);
        m_textAttribute->setObjectName(QStringLiteral("textAttributeEdit"));
        form->addRow(tr("&Text attribute:"), m_textAttribute);
    }

    if (type == Type::Select || type == Type::RemoteOptions) {
        m_multiple = new QCheckBox(tr("Allow &multiple selections"), this);
        m_multiple->setObjectName(QStringLiteral("multipleCheck"));
        m_multiple->setChecked(m_original.isMultiple());
        form->addRow(QString(), m_multiple);
    }
    if (type == Type::Fixed || type == Type::Input) {
        m_masked = new QCheckBox(tr("&Hide value"), this);
        m_masked->setObjectName(QStringLiteral("maskedCheck"));
        m_masked->setToolTip(tr("Shown as dots in forms and job details"));
        m_masked->setChecked(m_original.isMasked());
        form->addRow(QString(), m_masked);
    }
    if (type != Type::Fixed && type != Type::Boolean) {
        m_required = new QCheckBox(tr("Re&quired"), this);
        m_required->setObjectName(QStringLiteral("requiredCheck"));
        m_required->setChecked(m_original.isRequired());
        form->addRow(QString(), m_required);
    }

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c01c28;"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(adding ? tr("&Add") : tr("&Update"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    for (QLineEdit *edit : findChildren<QLineEdit *>())
        connect(edit, &QLineEdit::textChanged, this, &ArgumentDialog::validate);
    for (QSpinBox *spin : findChildren<QSpinBox *>())
        connect(spin, &QSpinBox::valueChanged, this, &ArgumentDialog::validate);
    if (m_textValue)
        connect(m_textValue, &QPlainTextEdit::textChanged, this, &ArgumentDialog::validate);
}

void ArgumentDialog::addOptionRow(const QString &value, const QString &label)
{
    const QSignalBlocker blocker(m_options);
    const int row = m_options->rowCount();
    m_options->insertRow(row);
    m_options->setItem(row, 0, new QTableWidgetItem(value));
    m_options->setItem(row, 1, new QTableWidgetItem(label));
}

TaskArgument ArgumentDialog::argument() const
{
    TaskArgument argument = m_original;
    argument.setLabel(m_label->text().trimmed());
    if (m_help)
        argument.setHelp(m_help->text());
    if (m_value)
        argument.setValue(m_value->text());
    if (m_textValue)
        argument.setValue(m_textValue->toPlainText());
    if (m_masked)
        argument.setMasked(m_masked->isChecked());
    if (m_required)
        argument.setRequired(m_required->isChecked());
    if (m_multiple)
        argument.setMultiple(m_multiple->isChecked());
    if (m_charset)
        argument.setCharset(static_cast<TaskArgument::Charset>(m_charset->currentData().toInt()));
    if (m_min) {
        argument.setCharsMin(lengthValue(m_min));
        argument.setCharsMax(lengthValue(m_max));
    }
    if (m_pattern)
        argument.setPattern(m_pattern->text());
    if (m_options) {
        QList<TaskArgument::Option> options;
        for (int row = 0; row < m_options->rowCount(); ++row) {
            const QString value = m_options->item(row, 0)
                                      ? m_options->item(row, 0)->text().trimmed()
                                      : QString();
            const QString label = m_options->item(row, 1)
                                      ? m_options->item(row, 1)->text().trimmed()
                                      : QString();
            if (value.isEmpty() && label.isEmpty())
                continue;
            options.append({value, label.isEmpty() ? value : label, row});
        }
        argument.setOptions(options);
    }
    if (m_endpoint) {
        argument.setEndpointUrl(m_endpoint->text().trimmed());
        argument.setIdAttribute(m_idAttribute->text().trimmed());
        argument.setTextAttribute(m_textAttribute->text().trimmed());
    }
    return argument;
}

void ArgumentDialog::validate()
{
    QStringList problems = argument().definitionProblems();
    if (m_textValue && m_original.type() == Type::Json
        && !m_textValue->toPlainText().trimmed().isEmpty()) {
        const QString problem = argument().validate(m_textValue->toPlainText());
        if (!problem.isEmpty())
            problems.append(problem);
    }
    m_problem->setText(problems.join(QLatin1Char('\n')));
    m_problem->setVisible(!problems.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
}

} // namespace TheEye
