#include "preferences.h"

#include "scenario/scenariotexts.h"

#include <QApplication>
#include <QHostAddress>
#include <QLibraryInfo>
#include <QLocale>
#include <QPalette>
#include <QPointer>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QTranslator>

namespace sockscope {

namespace {
const QString kGroup = QStringLiteral("preferences/");

QString themeName(Preferences::Theme theme)
{
    switch (theme) {
    case Preferences::Theme::Light:
        return QStringLiteral("light");
    case Preferences::Theme::Dark:
        return QStringLiteral("dark");
    case Preferences::Theme::System:
        break;
    }
    return QStringLiteral("system");
}

// Core code translates through small wrappers with a fixed context ("Narration",
// "ScenarioLoader", ...), while lupdate files those strings under the enclosing namespace or
// class. A miss in the asked context is looked up under those names too: every context an
// update (`--target update_translations`) gives a core text must be here (tst_translations
// checks that the .ts files are what an update makes).
class CoreContextTranslator : public QTranslator
{
public:
    using QTranslator::QTranslator;
    QString translate(const char *context, const char *sourceText,
                      const char *disambiguation = nullptr, int n = -1) const override
    {
        QString text = QTranslator::translate(context, sourceText, disambiguation, n);
        if (!text.isEmpty())
            return text;
        static const char *const kLupdateContexts[] = {"sockscope",
                                                       "sockscope::Validator",
                                                       "sockscope::Validator::Object",
                                                       "sockscope::loader::Validator",
                                                       "sockscope::loader::Validator::Object",
                                                       "Validator",
                                                       "Validator::Object",
                                                       "sockscope::Parser",
                                                       "sockscope::eventtext",
                                                       "sockscope::StateReplay",
                                                       "sockscope::TimelinePalette",
                                                       "sockscope::ScenarioLibrary"};
        for (const char *candidate : kLupdateContexts) {
            if (qstrcmp(candidate, context) == 0)
                continue;
            text = QTranslator::translate(candidate, sourceText, disambiguation, n);
            if (!text.isEmpty())
                return text;
        }
        return {};
    }
};

Preferences::Theme themeFromName(const QString &name)
{
    if (name == QLatin1String("light"))
        return Preferences::Theme::Light;
    if (name == QLatin1String("dark"))
        return Preferences::Theme::Dark;
    return Preferences::Theme::System;
}
} // namespace

Preferences Preferences::load()
{
    QSettings settings;
    Preferences p;
    p.defaultModel = settings.value(kGroup + QStringLiteral("defaultModel")).toString();
    p.replaySpeed =
        settings.value(kGroup + QStringLiteral("replaySpeed"), p.replaySpeed).toDouble();
    p.presentationScale =
        settings.value(kGroup + QStringLiteral("presentationScale"), p.presentationScale)
            .toDouble();
    p.language = settings.value(kGroup + QStringLiteral("language")).toString();
    p.theme = themeFromName(settings.value(kGroup + QStringLiteral("theme")).toString());
    const QString address = settings.value(kGroup + QStringLiteral("bindAddress")).toString();
    if (!address.isEmpty() && !QHostAddress(address).isNull())
        p.bindAddress = address;
    return p;
}

void Preferences::save() const
{
    QSettings settings;
    settings.setValue(kGroup + QStringLiteral("defaultModel"), defaultModel);
    settings.setValue(kGroup + QStringLiteral("replaySpeed"), replaySpeed);
    settings.setValue(kGroup + QStringLiteral("presentationScale"), presentationScale);
    settings.setValue(kGroup + QStringLiteral("language"), language);
    settings.setValue(kGroup + QStringLiteral("theme"), themeName(theme));
    settings.setValue(kGroup + QStringLiteral("bindAddress"), bindAddress);
}

const QStringList &Preferences::replaySpeeds()
{
    static const QStringList speeds{QStringLiteral("0.1"), QStringLiteral("0.25"),
                                    QStringLiteral("0.5"), QStringLiteral("1"),
                                    QStringLiteral("2"),   QStringLiteral("5")};
    return speeds;
}

bool Preferences::isLoopback(const QString &address)
{
    const QHostAddress host(address);
    return !host.isNull() && host.isLoopback();
}

QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("es")};
}

QString installTranslation(const QString &language)
{
    static QPointer<QTranslator> installed;
    static QPointer<QTranslator> installedScenarios;
    static QPointer<QTranslator> installedQt;
    if (installed) {
        QCoreApplication::removeTranslator(installed);
        delete installed;
    }
    if (installedScenarios) {
        QCoreApplication::removeTranslator(installedScenarios);
        delete installedScenarios;
    }
    setScenarioLanguage(QString());
    if (installedQt) {
        QCoreApplication::removeTranslator(installedQt);
        delete installedQt;
    }
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    auto *translator = new CoreContextTranslator(QCoreApplication::instance());
    if (!translator->load(locale, QStringLiteral("sockscope"), QStringLiteral("_"),
                          QStringLiteral(":/i18n"))) {
        // Any other language is English, with its plural forms ("1 byte", "2 bytes").
        if (!translator->load(QStringLiteral(":/i18n/sockscope_en.qm"))) {
            delete translator;
            return QStringLiteral("en");
        }
        QCoreApplication::installTranslator(translator);
        installed = translator;
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(translator);
    installed = translator;
    // The bundled scenarios' texts (translations/scenarios_LANG.ts, context "Scenario").
    auto *scenarios = new QTranslator(QCoreApplication::instance());
    if (scenarios->load(locale, QStringLiteral("scenarios"), QStringLiteral("_"),
                        QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(scenarios);
        installedScenarios = scenarios;
    } else {
        delete scenarios;
    }
    // Qt's own strings (the buttons of message boxes, file dialogs), when installed.
    auto *qtTranslator = new QTranslator(QCoreApplication::instance());
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtTranslator);
        installedQt = qtTranslator;
    } else {
        delete qtTranslator;
    }
    const QString installedLanguage = locale.name().section(QLatin1Char('_'), 0, 0);
    setScenarioLanguage(installedLanguage);
    return installedLanguage;
}

void applyTheme(Preferences::Theme theme)
{
    static const QString systemStyle = QApplication::style()->name();
    static const QPalette systemPalette = QApplication::palette();
    static bool changed = false;
    if (theme == Preferences::Theme::System) {
        if (!changed)
            return; // the platform's look is already in place
        changed = false;
        QApplication::setStyle(QStyleFactory::create(systemStyle));
        QApplication::setPalette(systemPalette);
        return;
    }
    changed = true;
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    if (theme == Preferences::Theme::Light) {
        QApplication::setPalette(QApplication::style()->standardPalette());
        return;
    }
    QPalette dark;
    const QColor window(0x2b, 0x2d, 0x30), base(0x1e, 0x1f, 0x22), text(0xe8, 0xea, 0xed);
    dark.setColor(QPalette::Window, window);
    dark.setColor(QPalette::WindowText, text);
    dark.setColor(QPalette::Base, base);
    dark.setColor(QPalette::AlternateBase, window);
    dark.setColor(QPalette::ToolTipBase, base);
    dark.setColor(QPalette::ToolTipText, text);
    dark.setColor(QPalette::Text, text);
    dark.setColor(QPalette::Button, window);
    dark.setColor(QPalette::ButtonText, text);
    dark.setColor(QPalette::BrightText, Qt::red);
    dark.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0xa0, 0xa6));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        dark.setColor(QPalette::Disabled, role, QColor(0x7f, 0x84, 0x8a));
    QApplication::setPalette(dark);
}

} // namespace sockscope
