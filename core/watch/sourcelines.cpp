#include "sourcelines.h"

#include <QFile>

#include <elfutils/libdw.h>
#include <fcntl.h>
#include <unistd.h>

namespace sockscope {

QString resolveSourceLines(const QString &executable,
                           const std::vector<WatchTranslator::CodeSite> &sites,
                           std::vector<QString> *sources)
{
    if (sites.empty() || executable.isEmpty())
        return {};
    const int fd = ::open(QFile::encodeName(executable).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return QStringLiteral("%1: cannot be read for its source lines").arg(executable);
    Dwarf *dwarf = dwarf_begin(fd, DWARF_C_READ);
    if (!dwarf) {
        ::close(fd);
        return QStringLiteral("%1 has no debug information (build it with -g): its events have "
                              "no source line")
            .arg(executable);
    }
    for (const WatchTranslator::CodeSite &site : sites) {
        if (site.offset < 2 || site.index >= sources->size())
            continue;
        // The offset is the return address + 1: the call instruction ends just before it.
        const Dwarf_Addr address = Dwarf_Addr(site.offset - 2);
        Dwarf_Die unit;
        if (!dwarf_addrdie(dwarf, address, &unit))
            continue;
        Dwarf_Line *line = dwarf_getsrc_die(&unit, address);
        if (!line)
            continue;
        int number = 0;
        const char *file = dwarf_linesrc(line, nullptr, nullptr);
        if (!file || dwarf_lineno(line, &number) != 0 || number <= 0)
            continue;
        (*sources)[site.index] = QStringLiteral("%1:%2").arg(QFile::decodeName(file)).arg(number);
    }
    dwarf_end(dwarf);
    ::close(fd);
    return {};
}

} // namespace sockscope
