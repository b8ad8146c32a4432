#include "clioptions.h"

#include <cmath>

namespace sockscope {

CliOptions::CliOptions(QString command, QStringList valued, QStringList flags)
    : m_command(std::move(command)), m_valued(std::move(valued)), m_flags(std::move(flags))
{
}

std::optional<CliOptions> CliOptions::forCommand(const QString &command)
{
    if (command == QLatin1String("run"))
        return CliOptions(command,
                          {QStringLiteral("--scenario"), QStringLiteral("--model"),
                           QStringLiteral("--speed"), QStringLiteral("--trace"),
                           QStringLiteral("--chrome-trace"), QStringLiteral("--max-memory")},
                          {QStringLiteral("--summary")});
    if (command == QLatin1String("serve"))
        return CliOptions(command,
                          {QStringLiteral("--model"), QStringLiteral("--port"),
                           QStringLiteral("--reap"), QStringLiteral("--bind"),
                           QStringLiteral("--duration"), QStringLiteral("--trace"),
                           QStringLiteral("--backlog"), QStringLiteral("--max-clients"),
                           QStringLiteral("--max-memory")},
                          {});
    if (command == QLatin1String("compare"))
        return CliOptions(command, {QStringLiteral("--scenario"), QStringLiteral("--models")},
                          {QStringLiteral("--json")});
    if (command == QLatin1String("narrate") || command == QLatin1String("handout"))
        return CliOptions(command, {QStringLiteral("--scenario"), QStringLiteral("--model")}, {});
    return std::nullopt;
}

bool CliOptions::parse(const QStringList &args, QString *error)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args[i];
        if (m_flags.contains(arg)) {
            m_values.insert(arg, QString());
        } else if (m_valued.contains(arg)) {
            if (i + 1 >= args.size()) {
                *error = QStringLiteral("%1: %2 needs a value").arg(m_command, arg);
                return false;
            }
            if (m_values.contains(arg)) {
                *error = QStringLiteral("%1: %2 is given twice").arg(m_command, arg);
                return false;
            }
            m_values.insert(arg, args[++i]);
        } else {
            *error = QStringLiteral("%1: unexpected argument '%2'").arg(m_command, arg);
            return false;
        }
    }
    return true;
}

namespace {

// A finite number, or nullopt ("inf", "nan", "1e999" and "12abc" are not numbers here).
std::optional<double> finiteNumber(const QString &text)
{
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

QString shown(const QString &text)
{
    return text.size() > 40 ? text.left(40) + QStringLiteral("...") : text;
}

} // namespace

std::optional<double> parseSpeed(const QString &text, QString *error)
{
    const auto speed = finiteNumber(text);
    if (!speed || *speed < kMinSpeed || *speed > kMaxSpeed) {
        *error = QStringLiteral("--speed needs a speed factor from %1 (20 times slower) to %2, "
                                "not '%3'")
                     .arg(kMinSpeed)
                     .arg(kMaxSpeed)
                     .arg(shown(text));
        return std::nullopt;
    }
    return speed;
}

std::optional<double> parseDurationSeconds(const QString &text, QString *error)
{
    const auto seconds = finiteNumber(text);
    if (!seconds || !(*seconds > 0) || *seconds > kMaxDurationSeconds) {
        *error = QStringLiteral("--duration needs seconds above 0 and at most %1 (a year), "
                                "not '%2'")
                     .arg(qint64(kMaxDurationSeconds))
                     .arg(shown(text));
        return std::nullopt;
    }
    return seconds;
}

std::optional<quint16> parsePort(const QString &text, QString *error)
{
    bool ok = false;
    const uint port = text.toUInt(&ok);
    if (!ok || port > 65535) {
        *error = QStringLiteral("--port needs a port number (0-65535), not '%1'").arg(shown(text));
        return std::nullopt;
    }
    return quint16(port);
}

} // namespace sockscope
