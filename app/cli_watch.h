#pragma once

#include <QStringList>

// sockscope-cli watch [options] -- PROGRAM [ARGS...]: see cli_watch.cpp.
// SIGINT or SIGTERM stops the program and writes the trace (app/cli_signals.h).
int watchCommand(const QStringList &args);
