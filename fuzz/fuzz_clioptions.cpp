// libFuzzer target: any command line given to sockscope-cli's option parsing is accepted with
// values in range or refused with a message; never a crash, never an out-of-range value.
// The input is split into arguments at NUL bytes; the first selects the command.
#include "cli/clioptions.h"
#include "cli/memorybudget.h"

#include <QByteArray>
#include <QStringList>

#include <cmath>
#include <cstdint>
#include <cstdlib>

using namespace sockscope;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QStringList args;
    for (const QByteArray &part : bytes.split('\0'))
        args << QString::fromUtf8(part);
    static const QStringList commands = {QStringLiteral("run"), QStringLiteral("serve"),
                                         QStringLiteral("compare"), QStringLiteral("narrate")};
    const QString first = args.takeFirst();
    const QString command =
        commands.contains(first) ? first : commands[int(first.size() % commands.size())];
    auto options = CliOptions::forCommand(command);
    if (!options)
        std::abort(); // every command above has a table
    QString error;
    if (!options->parse(args, &error)) {
        if (!error.startsWith(command + QLatin1Char(':')))
            std::abort(); // a refusal names the command
        return 0;
    }
    const auto check = [&](const char *name, auto parse, auto inRange) {
        const QString key = QLatin1String(name);
        if (!options->has(key))
            return;
        QString message;
        const auto value = parse(options->value(key), &message);
        if (value && !inRange(*value))
            std::abort(); // accepted out of range
        if (!value && !message.contains(key))
            std::abort(); // a refusal names the option
    };
    check("--speed", parseSpeed,
          [](double v) { return std::isfinite(v) && v >= kMinSpeed && v <= kMaxSpeed; });
    check("--duration", parseDurationSeconds,
          [](double v) { return std::isfinite(v) && v > 0 && v <= kMaxDurationSeconds; });
    check("--port", parsePort, [](quint16) { return true; });
    check("--max-memory", parseMaxMemoryBytes, [](std::size_t v) {
        return v >= (std::size_t(1) << 20) && v <= (std::size_t(kMaxMaxMemoryMiB) << 20);
    });
    return 0;
}
