#pragma once

namespace sockscope {

// Once a command is stopping (a first Ctrl+C or SIGTERM was taken, or the run ended and its
// trace is being written), the next SIGINT or SIGTERM ends the process at once: the temporary
// file of a trace being written is removed (OutputFile::removeUnfinishedOnSignal), so what is
// on disk is the old file, whole, and the process dies of that signal (a shell shows 130 or
// 143).
void stopAtOnceOnNextSignal();

} // namespace sockscope
