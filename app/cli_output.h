#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace sockscope::cli {

// What sockscope-cli prints, and the exit statuses that go with it: 2 for a command used
// wrongly, 1 for one that failed.
QTextStream &out();
QTextStream &err();

// The help text, from app/help/sockscope-cli.txt (one place: the man page and the bash
// completion are checked against it by tests/tst_clihelp.cpp).
QString usageText();
// "sockscope-cli: MESSAGE" and a pointer to --help; returns 2.
int usageError(const QString &message);
// "sockscope-cli: MESSAGE"; returns 1.
int failure(const QString &message);

// Every output path checked before anything runs: a run is not wasted on a file that cannot
// be written. Empty paths are not asked for; at most one may be "-" (standard output).
// Returns 0, or 2 with the problem said.
int checkOutputs(const QStringList &paths, bool stdoutTaken = false);

// What was printed must have arrived: `narrate > full-disk/out.jsonl` fails loudly. Returns
// `status`, or 1 when standard output could not be written.
int checkStdout(int status);

} // namespace sockscope::cli
