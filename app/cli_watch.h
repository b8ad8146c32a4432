#pragma once

#include <QStringList>

// sockscope-cli watch [options] -- PROGRAM [ARGS...]: see cli_watch.cpp.
// `signalFd` becomes readable (one byte: the signal's number) on SIGINT/SIGTERM.
int watchCommand(const QStringList &args, int signalFd);
