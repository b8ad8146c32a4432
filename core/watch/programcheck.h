#pragma once

#include <QString>

namespace sockscope {

// Before a program is watched: where it is, and whether the preload library can see its
// calls at all. A statically linked program, a Go program and one using io_uring make their
// system calls without going through the C library's functions, so nothing would be seen.
struct ProgramCheck
{
    QString path;        // the file that will run (found on PATH like execvp does), or empty
    QString problem;     // one sentence for the user when it cannot be watched; empty when fine
    bool python = false; // a Python program (its lines come from sitecustomize)
};
ProgramCheck checkProgram(const QString &program);

// Where libsockscope_preload.so is: $SOCKSCOPE_PRELOAD, next to the executable (a build
// tree), or in the installed library directory. Empty when not found.
QString findPreloadLibrary();
// The directory with SockScope's sitecustomize.py for Python source lines (written out of the
// resources into a private temporary directory when needed). Empty on failure.
QString pythonHookDirectory();

} // namespace sockscope
