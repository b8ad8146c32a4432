#pragma once

#include "watchtranslator.h"

#include <QString>

#include <vector>

namespace sockscope {

// Gives the C program's call sites their "FILE:LINE" from the executable's debug information
// (elfutils' libdw), after the run: `sites` are return addresses in the main executable, each
// naming an entry of `sources` to fill. Returns a sentence when lines cannot be known (no
// debug information: build with -g); entries it cannot resolve stay empty ("line unknown").
QString resolveSourceLines(const QString &executable,
                           const std::vector<WatchTranslator::CodeSite> &sites,
                           std::vector<QString> *sources);

} // namespace sockscope
