#pragma once

#include "run/runconfig.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace sockscope {

// The bytes a sending step hands to the kernel: its text, `count` bytes of filler, or its
// text framed the way the server's protocol expects.
QByteArray stepPayload(const ClientStep &step, const ServerOptions &server);

// SendPieces: the payload cut into `pieces` parts of nearly equal size (none empty).
std::vector<QByteArray> splitIntoPieces(const QByteArray &payload, int pieces);

// Readable filler: "abcdefghijklmnopqrstuvwxyz0123456789" repeated, so a preview shows where
// a partial recv() stopped.
QByteArray fillerBytes(int count);

// For the GUI's release button: what the step will do, e.g. `send "hello\n"`.
QString describeStep(const ClientStep &step, bool udp);

// How many bytes a single recv() step asks for when the script does not say.
constexpr int kDefaultRecvSize = 1024;

} // namespace sockscope
