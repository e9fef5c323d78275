#include "ui/runargumentsform.h"

#include "models/dataurl.h"
#include "models/jsonutil.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMimeDatabase>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace TheEye {

namespace {

using Type = TaskArgument::Type;

QString objectNameFor(const TaskArgument &argument)
{
    return QStringLiteral("argument-%1").arg(argument.order());
}

// A file picker that keeps the chosen file as a data URL.
class FilePicker final : public QWidget
{
public:
    FilePicker(qsizetype maxBytes, QWidget *parent)
        : QWidget(parent)
        , m_maxBytes(maxBytes)
    {
        m_label = new QLabel(RunArgumentsForm::tr("No file chosen"), this);
        m_label->setObjectName(QStringLiteral("fileLabel"));
        auto *choose = new QPushButton(RunArgumentsForm::tr("&Choose…"), this);
        choose->setObjectName(QStringLiteral("chooseFileButton"));
        auto *clear = new QToolButton(this);
        clear->setObjectName(QStringLiteral("clearFileButton"));
        clear->setText(RunArgumentsForm::tr("Clear"));
        auto *layout = new QHBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_label, 1);
        layout->addWidget(choose);
        layout->addWidget(clear);
        connect(choose, &QPushButton::clicked, this, [this] {
            const QString path = QFileDialog::getOpenFileName(this,
                                                              RunArgumentsForm::tr("Choose File"));
            if (!path.isEmpty())
                load(path);
        });
        connect(clear, &QToolButton::clicked, this, [this] { setDataUrl({}); });
    }

    // Reads the file; a file over the cap is refused with a message, not read into memory.
    bool load(const QString &path)
    {
        QFile file(path);
        const QString name = QFileInfo(path).fileName();
        if (file.size() > m_maxBytes) {
            m_error = RunArgumentsForm::tr("%1 is %2; the limit is %3.")
                          .arg(name,
                               QLocale().formattedDataSize(file.size()),
                               QLocale().formattedDataSize(m_maxBytes));
            setDataUrl({});
            return false;
        }
        if (!file.open(QIODevice::ReadOnly)) {
            m_error = RunArgumentsForm::tr("Cannot read %1: %2").arg(name, file.errorString());
            setDataUrl({});
            return false;
        }
        DataUrl url;
        url.mimeType = QMimeDatabase().mimeTypeForFile(path).name();
        url.name = name;
        url.data = file.readAll();
        m_error.clear();
        setDataUrl(url.toString());
        return true;
    }

    void setDataUrl(const QString &dataUrl)
    {
        m_dataUrl = dataUrl;
        const auto url = DataUrl::parse(dataUrl);
        if (url)
            m_label->setText(
                RunArgumentsForm::tr("%1 (%2)").arg(url->name.isEmpty() ? url->mimeType : url->name,
                                                    QLocale().formattedDataSize(url->data.size())));
        else
            m_label->setText(m_error.isEmpty() ? RunArgumentsForm::tr("No file chosen") : m_error);
        if (onChanged)
            onChanged();
    }

    QString dataUrl() const { return m_dataUrl; }
    QString error() const { return m_error; }
    std::function<void()> onChanged;

private:
    qsizetype m_maxBytes;
    QLabel *m_label = nullptr;
    QString m_dataUrl;
    QString m_error;
};

} // namespace

RunArgumentsForm::RunArgumentsForm(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("runArgumentsForm"));
    m_layout = new QFormLayout(this);
    m_layout->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
}

void RunArgumentsForm::setRemoteOptionsLoader(RemoteOptionsLoader loader, const QString &userEmail)
{
    m_loader = std::move(loader);
    m_userEmail = userEmail;
}

void RunArgumentsForm::setLimits(const ArgumentLimits &limits)
{
    m_limits = limits;
}

void RunArgumentsForm::setArguments(const QList<TaskArgument> &arguments,
                                    const QHash<int, QJsonValue> &initial)
{
    while (m_layout->rowCount() > 0)
        m_layout->removeRow(0);
    m_fields.clear();
    QList<TaskArgument> sorted = arguments;
    std::stable_sort(sorted.begin(),
                     sorted.end(),
                     [](const TaskArgument &a, const TaskArgument &b) {
                         return a.order() < b.order();
                     });
    for (const TaskArgument &argument : std::as_const(sorted)) {
        if (!argument.isFixed())
            addField(argument, initial.value(argument.order(), QJsonValue::Undefined));
    }
    for (int i = 0; i < m_fields.size(); ++i) {
        if (m_fields.at(i).argument.type() == Type::RemoteOptions)
            loadRemoteOptions(i);
    }
    revalidate();
}

void RunArgumentsForm::addField(const TaskArgument &argument, const QJsonValue &initial)
{
    m_fields.append(Field());
    Field &field = m_fields.last();
    field.argument = argument;
    field.editor = createEditor(field, initial);
    field.editor->setObjectName(objectNameFor(argument));
    field.editor->setToolTip(argument.help());
    field.problem = new QLabel(this);
    field.problem->setObjectName(objectNameFor(argument) + QStringLiteral("-problem"));
    field.problem->setWordWrap(true);
    field.problem->setStyleSheet(QStringLiteral("color: #c01c28;"));
    field.problem->hide();

    QString label = argument.label().isEmpty() ? tr("Argument %1").arg(argument.order())
                                               : argument.label();
    if (argument.isRequired() && argument.type() != Type::Boolean)
        label += QStringLiteral(" *");
    auto *column = new QWidget(this);
    auto *box = new QVBoxLayout(column);
    box->setContentsMargins(0, 0, 0, 0);
    box->setSpacing(2);
    box->addWidget(field.editor);
    if (!argument.help().isEmpty()) {
        auto *help = new QLabel(argument.help(), column);
        help->setWordWrap(true);
        help->setEnabled(false);
        box->addWidget(help);
    }
    box->addWidget(field.problem);
    m_layout->addRow(label + QLatin1Char(':'), column);
}

QWidget *RunArgumentsForm::createEditor(Field &field, const QJsonValue &initial)
{
    const TaskArgument &argument = field.argument;
    const QString initialText = initial.isUndefined() ? argument.value() : Json::toText(initial);
    switch (argument.type()) {
    case Type::Boolean: {
        auto *check = new QCheckBox(this);
        check->setChecked(initial.isBool() ? initial.toBool() : initialText == u"true");
        connect(check, &QCheckBox::toggled, this, &RunArgumentsForm::revalidate);
        field.value = [check] {
            return QJsonValue(check->isChecked());
        };
        return check;
    }
    case Type::Textarea:
    case Type::Json: {
        auto *text = new QPlainTextEdit(this);
        text->setTabChangesFocus(true);
        text->setMaximumHeight(120);
        if (argument.type() == Type::Json) {
            text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
            const auto parsed = Json::parse(initialText.toUtf8());
            text->setPlainText(
                parsed && (parsed->isObject() || parsed->isArray())
                    ? QString::fromUtf8(parsed->isObject()
                                            ? QJsonDocument(parsed->toObject()).toJson()
                                            : QJsonDocument(parsed->toArray()).toJson())
                          .trimmed()
                    : initialText);
        } else {
            text->setPlainText(initialText);
        }
        connect(text, &QPlainTextEdit::textChanged, this, &RunArgumentsForm::revalidate);
        field.value = [text] {
            const QString value = text->toPlainText();
            return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
        };
        return text;
    }
    case Type::Select: {
        if (argument.isMultiple()) {
            auto *list = new QListWidget(this);
            QStringList selected;
            if (initial.isArray())
                selected = Json::stringList(initial);
            for (const TaskArgument::Option &option : argument.options()) {
                auto *item = new QListWidgetItem(option.label, list);
                item->setData(Qt::UserRole, option.id);
                item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                item->setCheckState(selected.contains(option.id) ? Qt::Checked : Qt::Unchecked);
            }
            list->setMaximumHeight(120);
            connect(list, &QListWidget::itemChanged, this, &RunArgumentsForm::revalidate);
            field.value = [list] {
                QJsonArray ids;
                for (int i = 0; i < list->count(); ++i) {
                    if (list->item(i)->checkState() == Qt::Checked)
                        ids.append(list->item(i)->data(Qt::UserRole).toString());
                }
                return ids.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(ids);
            };
            return list;
        }
        auto *combo = new QComboBox(this);
        combo->addItem(tr("Select %1").arg(argument.label()), QString());
        for (const TaskArgument::Option &option : argument.options())
            combo->addItem(option.label, option.id);
        combo->setCurrentIndex(std::max(0, combo->findData(initialText)));
        connect(combo, &QComboBox::currentIndexChanged, this, &RunArgumentsForm::revalidate);
        field.value = [combo] {
            const QString id = combo->currentData().toString();
            return id.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(id);
        };
        return combo;
    }
    case Type::RemoteOptions: {
        auto *combo = new QComboBox(this);
        combo->setProperty("initial", initialText);
        combo->addItem(tr("Loading options…"), QString());
        combo->setEnabled(false);
        connect(combo, &QComboBox::currentIndexChanged, this, &RunArgumentsForm::revalidate);
        field.value = [combo] {
            const QString id = combo->currentData().toString();
            return id.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(id);
        };
        return combo;
    }
    case Type::Date: {
        auto *edit = new QDateTimeEdit(this);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
        const QDateTime initialDate = QDateTime::fromString(initialText, Qt::ISODateWithMs);
        edit->setDateTime(initialDate.isValid() ? initialDate.toLocalTime()
                                                : QDateTime::currentDateTime());
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, &RunArgumentsForm::revalidate);
        // As a browser's JSON.stringify(new Date()) sends it: UTC with milliseconds.
        field.value = [edit] {
            return QJsonValue(edit->dateTime().toUTC().toString(Qt::ISODateWithMs));
        };
        return edit;
    }
    case Type::File: {
        auto *picker = new FilePicker(m_limits.maxFileBytes, this);
        if (initial.isString() && initial.toString().startsWith(u"data:"))
            picker->setDataUrl(initial.toString());
        picker->onChanged = [this] {
            revalidate();
        };
        field.value = [picker] {
            return picker->dataUrl().isEmpty() ? QJsonValue(QJsonValue::Null)
                                               : QJsonValue(picker->dataUrl());
        };
        return picker;
    }
    default: { // input, email, regexp and unknown types: a line edit
        auto *edit = new QLineEdit(initialText, this);
        if (argument.isMasked())
            edit->setEchoMode(QLineEdit::Password);
        if (argument.type() == Type::Input && argument.charsMax().value_or(0) > 0)
            edit->setMaxLength(*argument.charsMax());
        if (argument.type() == Type::Email)
            edit->setPlaceholderText(tr("name@example.com"));
        connect(edit, &QLineEdit::textChanged, this, &RunArgumentsForm::revalidate);
        field.value = [edit] {
            return edit->text().isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(edit->text());
        };
        if (!argument.isMasked())
            return edit;
        auto *row = new QWidget(this);
        auto *layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(edit);
        auto *reveal = new QToolButton(row);
        reveal->setObjectName(QStringLiteral("revealButton"));
        reveal->setText(tr("Show"));
        reveal->setCheckable(true);
        connect(reveal, &QToolButton::toggled, edit, [edit](bool shown) {
            edit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        });
        layout->addWidget(reveal);
        row->setFocusProxy(edit);
        return row;
    }
    }
}

void RunArgumentsForm::loadRemoteOptions(int index)
{
    Field &field = m_fields[index];
    auto *combo = qobject_cast<QComboBox *>(field.editor);
    if (!m_loader) {
        field.loadError = tr("Remote options cannot be loaded here.");
        combo->setItemText(0, field.loadError);
        return;
    }
    field.loading = true;
    QString url = field.argument.endpointUrl();
    url.replace(QStringLiteral("%THEEYE_USER_EMAIL%"),
                QString::fromLatin1(QUrl::toPercentEncoding(m_userEmail)));
    const QString order = objectNameFor(field.argument);
    m_loader(field.argument,
             url,
             combo,
             [this, combo, order](const QList<RemoteOption> &options, const QString &error) {
                 for (Field &f : m_fields) {
                     if (f.editor != combo)
                         continue;
                     f.loading = false;
                     f.loadError = error;
                     const QSignalBlocker blocker(combo);
                     combo->clear();
                     if (!error.isEmpty()) {
                         combo->addItem(tr("Could not load options: %1").arg(error), QString());
                     } else {
                         combo->addItem(tr("Select %1").arg(f.argument.label()), QString());
                         for (const RemoteOption &option : options)
                             combo->addItem(option.text, option.value);
                         combo->setCurrentIndex(
                             std::max(0, combo->findData(combo->property("initial"))));
                         combo->setEnabled(true);
                     }
                 }
                 revalidate();
             });
}

QHash<int, QJsonValue> RunArgumentsForm::values() const
{
    QHash<int, QJsonValue> values;
    for (const Field &field : m_fields)
        values.insert(field.argument.order(), field.value());
    return values;
}

QStringList RunArgumentsForm::problems() const
{
    QStringList problems;
    for (const Field &field : m_fields) {
        if (field.loading)
            problems.append(tr("%1: options are still loading.").arg(field.argument.label()));
        else if (!field.loadError.isEmpty())
            problems.append(tr("%1: %2").arg(field.argument.label(), field.loadError));
        const QString problem = field.argument.validate(field.value(), m_limits);
        if (!problem.isEmpty())
            problems.append(problem);
    }
    return problems;
}

bool RunArgumentsForm::isValid() const
{
    return m_valid;
}

QWidget *RunArgumentsForm::editorFor(int order) const
{
    for (const Field &field : m_fields) {
        if (field.argument.order() == order)
            return field.editor;
    }
    return nullptr;
}

bool RunArgumentsForm::loadFile(int order, const QString &path)
{
    auto *picker = dynamic_cast<FilePicker *>(editorFor(order));
    return picker && picker->load(path);
}

void RunArgumentsForm::revalidate()
{
    bool valid = true;
    for (Field &field : m_fields) {
        QString problem = field.argument.validate(field.value(), m_limits);
        bool pickerFailed = false;
        if (auto *picker = dynamic_cast<FilePicker *>(field.editor);
            picker && !picker->error().isEmpty()) {
            problem = picker->error();
            pickerFailed = true;
        }
        if (field.loading || !field.loadError.isEmpty())
            valid = false;
        // A required field the user has not reached yet is not an error to shout about; it just
        // keeps Run disabled.
        const QJsonValue value = field.value();
        const bool untouchedEmpty = (value.isNull() || value.isUndefined())
                                    && field.argument.isRequired() && !pickerFailed;
        field.problem->setText(problem);
        field.problem->setVisible(!problem.isEmpty() && !untouchedEmpty);
        if (!problem.isEmpty())
            valid = false;
    }
    if (valid != m_valid) {
        m_valid = valid;
        Q_EMIT validityChanged(valid);
    }
}

} // namespace TheEye
