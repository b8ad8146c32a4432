#include "memorybudget.h"

namespace sockscope {

std::optional<std::size_t> parseMaxMemoryBytes(const QString &value, QString *error)
{
    bool ok = false;
    const int mib = value.toInt(&ok);
    if (!ok || mib < 1 || mib > kMaxMaxMemoryMiB) {
        *error = QStringLiteral("--max-memory needs a whole number of MiB from 1 to %1, not '%2'")
                     .arg(kMaxMaxMemoryMiB)
                     .arg(value);
        return std::nullopt;
    }
    return std::size_t(mib) << 20;
}

bool applyMaxMemory(const CliOptions &options, bool keepsAnything, Trace &trace, QString *error)
{
    std::size_t limit =
        std::size_t(options.command() == QLatin1String("serve") ? kDefaultMaxMemoryMiBServe
                                                                : kDefaultMaxMemoryMiBRun)
        << 20;
    if (options.has(QStringLiteral("--max-memory"))) {
        const auto bytes =
            parseMaxMemoryBytes(options.value(QStringLiteral("--max-memory")), error);
        if (!bytes)
            return false;
        limit = *bytes;
    }
    trace.setKeepLimit(keepsAnything ? limit : kKeepNothing);
    return true;
}

QString droppedNote(const Trace &trace)
{
    if (trace.lateEvents() > 0)
        return QStringLiteral("%1 events from %2 s on came too late to be written in time order "
                              "(the trace file's \"dropped\" record counts them)")
            .arg(trace.lateEvents())
            .arg(double(trace.firstLateNs()) / 1e9, 0, 'f', 3);
    if (trace.droppedEvents() <= 0 || trace.keepLimit() <= kKeepNothing)
        return QString();
    return QStringLiteral("%1 events from %2 s on were not kept (the memory budget of %3 MiB, "
                          "--max-memory, was reached): the trace is complete only up to there")
        .arg(trace.droppedEvents())
        .arg(double(trace.firstDroppedNs()) / 1e9, 0, 'f', 3)
        .arg(trace.keepLimit() >> 20);
}

} // namespace sockscope
