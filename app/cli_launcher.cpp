// sockscope-cli itself: a small static program that blocks SIGINT and SIGTERM before anything
// else runs, then executes the command line proper (sockscope-cli-main). Loading that one maps
// Qt and its libraries, which takes tens of milliseconds before any of its code can run; a
// Ctrl+C in that time would kill it with nothing written. Blocked, the signal waits across
// exec() until sockscope-cli-main has installed its handlers and unblocks it (app/cli_signals.cpp),
// and then stops the command the ordinary way: the trace written, exit 130.
//
// Only async-signal-safe, allocation-free C calls: no Qt, no iostreams.
#include <cerrno>
#include <climits>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <unistd.h>

namespace {

constexpr char kProgram[] = "sockscope-cli-main";

// `dir`/`name` into `out`; false when it does not fit.
bool join(char *out, std::size_t size, const char *dir, std::size_t dirLength, const char *name)
{
    const std::size_t nameLength = std::strlen(name);
    if (dirLength + 1 + nameLength + 1 > size)
        return false;
    std::memcpy(out, dir, dirLength);
    out[dirLength] = '/';
    std::memcpy(out + dirLength + 1, name, nameLength + 1);
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    (void)argc;
    sigset_t stops;
    sigemptyset(&stops);
    sigaddset(&stops, SIGINT);
    sigaddset(&stops, SIGTERM);
    sigprocmask(SIG_BLOCK, &stops, nullptr);

    char self[PATH_MAX];
    const ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
    if (n <= 0) {
        std::fputs("sockscope-cli: cannot find where it is installed (/proc/self/exe)\n", stderr);
        return 127;
    }
    self[n] = '\0';
    const char *slash = std::strrchr(self, '/');
    const std::size_t dirLength = slash ? std::size_t(slash - self) : 0;
    char path[PATH_MAX];
    // Beside it (the build tree), or in ../libexec/sockscope (installed).
    const char *candidates[] = {kProgram, "../libexec/sockscope/sockscope-cli-main"};
    for (const char *candidate : candidates) {
        if (join(path, sizeof path, self, dirLength, candidate) && access(path, X_OK) == 0) {
            execv(path, argv);
            break;
        }
    }
    std::fprintf(stderr, "sockscope-cli: cannot run %s: %s\n", kProgram, std::strerror(errno));
    return 127;
}
