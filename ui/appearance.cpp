#include "ui/appearance.h"

#include <QApplication>
#include <QSettings>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace TheEye {

namespace {

// The platform's style and palette, as they were before the first change.
struct SystemLook
{
    QString styleName;
    QPalette palette;
};

const SystemLook &systemLook()
{
    static const SystemLook look{QApplication::style()->name(), QApplication::palette()};
    return look;
}

void setStyleNamed(const QString &name)
{
    if (QApplication::style()->name().compare(name, Qt::CaseInsensitive) != 0)
        QApplication::setStyle(name);
}

} // namespace

QString appearanceSettingKey()
{
    return u"General/appearance"_s;
}

QString appearanceName(Appearance appearance)
{
    switch (appearance) {
    case Appearance::Light:
        return u"light"_s;
    case Appearance::Dark:
        return u"dark"_s;
    case Appearance::System:
        break;
    }
    return u"system"_s;
}

Appearance appearanceFromName(const QString &name)
{
    if (name == "light"_L1)
        return Appearance::Light;
    if (name == "dark"_L1)
        return Appearance::Dark;
    return Appearance::System;
}

Appearance storedAppearance()
{
    return appearanceFromName(QSettings().value(appearanceSettingKey()).toString());
}

void storeAppearance(Appearance appearance)
{
    QSettings().setValue(appearanceSettingKey(), appearanceName(appearance));
}

void applyAppearance(Appearance appearance)
{
    const SystemLook &system = systemLook();
    switch (appearance) {
    case Appearance::System:
        setStyleNamed(system.styleName);
        QApplication::setPalette(system.palette);
        return;
    case Appearance::Light:
        setStyleNamed(u"Fusion"_s);
        QApplication::setPalette(QApplication::style()->standardPalette());
        return;
    case Appearance::Dark:
        setStyleNamed(u"Fusion"_s);
        QApplication::setPalette(darkPalette());
        return;
    }
}

QPalette darkPalette()
{
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabledText(0x80, 0x80, 0x80);
    const QColor highlight(0x2f, 0x65, 0xca);
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    palette.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x3f, 0x41));
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3b));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    palette.setColor(QPalette::Light, QColor(0x4a, 0x4d, 0x52));
    palette.setColor(QPalette::Midlight, QColor(0x3e, 0x41, 0x45));
    palette.setColor(QPalette::Mid, QColor(0x2a, 0x2c, 0x2f));
    palette.setColor(QPalette::Dark, QColor(0x19, 0x1a, 0x1c));
    palette.setColor(QPalette::Shadow, QColor(0x0c, 0x0c, 0x0d));
    palette.setColor(QPalette::Highlight, highlight);
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x6c, 0xa8, 0xff));
    palette.setColor(QPalette::LinkVisited, QColor(0xb0, 0x8c, 0xff));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabledText);
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x45, 0x47, 0x4a));
    palette.setColor(QPalette::Disabled, QPalette::Base, window);
    return palette;
}

} // namespace TheEye
