#pragma once

// The command-line options of sockscope-cli, parsed and checked without running anything, so
// that tests and the fuzzer (fuzz/fuzz_clioptions.cpp) can reach every rule.

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace sockscope {

// "--name value" pairs and bare "--flag"s of one command; anything else is an error naming it.
class CliOptions
{
public:
    CliOptions(QString command, QStringList valued, QStringList flags);
    // The options each command takes (run, serve, compare, narrate, handout); nullopt for
    // another.
    static std::optional<CliOptions> forCommand(const QString &command);

    bool parse(const QStringList &args, QString *error);
    bool has(const QString &name) const { return m_values.contains(name); }
    QString value(const QString &name) const { return m_values.value(name); }
    const QString &command() const { return m_command; }
    // Every option this command takes, valued ones first (for help and completion checks).
    QStringList names() const { return m_valued + m_flags; }

private:
    QString m_command;
    QStringList m_valued;
    QStringList m_flags;
    QHash<QString, QString> m_values;
};

// The same range scenarios allow for "speed".
constexpr double kMinSpeed = 0.05;
constexpr double kMaxSpeed = 100;
// serve --duration: up to a year; beyond that (or inf, nan) is a mistake, not a wish.
constexpr double kMaxDurationSeconds = 365.0 * 24 * 3600;

// Each returns the value, or nullopt with a message naming the option and what it takes.
std::optional<double> parseSpeed(const QString &text, QString *error);
std::optional<double> parseDurationSeconds(const QString &text, QString *error);
std::optional<quint16> parsePort(const QString &text, QString *error);

// Exit status of a command ended by a signal: 128 + its number (130 for SIGINT, 143 for
// SIGTERM), as shells report it.
constexpr int exitStatusForSignal(int signal)
{
    return 128 + signal;
}

} // namespace sockscope
