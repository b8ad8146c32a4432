#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace sockscope {

// The most SockScope reads from one file: what stat says does not count (a FIFO and /dev/zero
// say 0 bytes), so the reader stops after limit + 1 bytes and refuses the file.
constexpr qint64 kMaxScenarioFileBytes = 4 * 1024 * 1024;
constexpr qint64 kMaxTraceFileBytes = qint64(1024) * 1024 * 1024;

// Reads all of `path` (a file, a FIFO, a device) if it holds at most `limit` bytes. On failure
// returns nullopt and sets `error` to why, without the path: "cannot open: No such file or
// directory", "it holds more than 4194304 bytes (4 MiB), the most a scenario file may hold".
// `what` names the kind of file for that message ("a scenario file"). A Qt resource path
// (":/scenarios/...") is read through QFile.
// With `jsonObject`, reading also stops at the first byte that is neither whitespace nor '{'
// where the object must begin (/dev/zero's first NUL): what was read is returned, and the JSON
// parser then says where it went wrong, without reading up to the limit first.
std::optional<QByteArray> readInputFile(const QString &path, qint64 limit, const QString &what,
                                        QString *error, bool jsonObject = false);

} // namespace sockscope
