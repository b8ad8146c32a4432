#pragma once

#include <QString>
#include <QStringList>

class QApplication;

namespace sockscope {

// What the user chose in the Preferences dialog, kept in QSettings ("preferences/...").
struct Preferences
{
    enum class Theme
    {
        System,
        Light,
        Dark
    };

    QString defaultModel;           // empty: each scenario's own default
    double replaySpeed = 1.0;       // relative to the real run
    double presentationScale = 1.5; // how much presentation mode enlarges the timeline
    QString language;               // "de", "es", "en"; empty: follow the system locale
    Theme theme = Theme::System;
    QString bindAddress = QStringLiteral("127.0.0.1"); // loopback unless the user confirmed

    static Preferences load();
    void save() const;

    static const QStringList &replaySpeeds(); // offered in the dialog: "0.5", "1", ...
    static bool isLoopback(const QString &address);
};

// The languages SockScope is translated to, as language codes ("en" is the source language).
QStringList availableLanguages();
// Installs the translation for `language` (empty: the system locale's) on the application,
// replacing one installed before. Returns the language now in effect ("en" when none fits).
QString installTranslation(const QString &language);

// Applies the theme to the whole application (Fusion with a dark or light palette; System
// restores the platform's look).
void applyTheme(Preferences::Theme theme);

} // namespace sockscope
