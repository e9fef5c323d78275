#pragma once

#include <QPalette>
#include <QString>

namespace TheEye {

// How the app looks: the platform's own style and palette (System), or Qt's Fusion style with a
// light or a dark palette. Stored under General/appearance as "system", "light" or "dark";
// applied at start (main) and at once when the Settings dialog changes it.
enum class Appearance { System, Light, Dark };

QString appearanceSettingKey();
QString appearanceName(Appearance appearance);
// An unknown or empty name is System.
Appearance appearanceFromName(const QString &name);
Appearance storedAppearance();
void storeAppearance(Appearance appearance);

// Sets the application's style and palette. System puts back what the app started with.
void applyAppearance(Appearance appearance);
QPalette darkPalette();

} // namespace TheEye
