// Linked into the tests of a ThreadSanitizer build only (SOCKSCOPE_SANITIZE=thread).
//
// Qt 6.4's QProcess starts its child with vforkfd(): glibc's clone() with CLONE_VM |
// CLONE_VFORK, the child sharing the parent's memory until it calls execve(). GCC 12's
// ThreadSanitizer intercepts clone() and treats every clone as a fork: in the child it resets
// its own bookkeeping as for a fresh process, and with CLONE_VM that bookkeeping is the
// parent's. If the parent had a second thread at that moment (every Qt Test program has one,
// QTest's watchdog), TSan records in the shared memory that this process was forked while
// multi-threaded, and the *parent* is killed at its next thread start ("starting new threads
// after multi-threaded fork is not supported"). A test that starts `sockscope-cli` and then
// loads a trace of over 1 MB (whose reader parses the next piece on a second thread) died so.
//
// This definition of clone() comes before the sanitizer's in the executable's symbol lookup:
// a clone that shares memory (the vfork pattern: the child only execs) goes to glibc's clone
// directly, as posix_spawn's does; any other clone goes on to the sanitizer's interceptor as
// before. Nothing of SockScope's own (the forking model's fork(), the watch's posix_spawn)
// passes through here.

#include <cstdarg>
#include <dlfcn.h>
#include <sched.h>
#include <sys/types.h>

namespace {

using CloneFunction = int (*)(int (*)(void *), void *, int, void *, ...);

CloneFunction sanitizersClone()
{
    static const auto next = reinterpret_cast<CloneFunction>(dlsym(RTLD_NEXT, "clone"));
    return next;
}

CloneFunction glibcClone()
{
    static const auto plain = [] {
        void *libc = dlopen("libc.so.6", RTLD_NOW | RTLD_NOLOAD);
        return reinterpret_cast<CloneFunction>(libc ? dlvsym(libc, "clone", "GLIBC_2.2.5")
                                                    : nullptr);
    }();
    return plain;
}

} // namespace

extern "C" int clone(int (*fn)(void *), void *stack, int flags, void *arg, ...)
{
    // glibc's clone reads the three optional arguments whatever the flags; pass them on alike.
    va_list more;
    va_start(more, arg);
    auto *parentTid = va_arg(more, pid_t *);
    auto *tls = va_arg(more, void *);
    auto *childTid = va_arg(more, pid_t *);
    va_end(more);
    const CloneFunction plain = glibcClone();
    const CloneFunction real = (flags & CLONE_VM) && plain ? plain : sanitizersClone();
    return real(fn, stack, flags, arg, parentTid, tls, childTid);
}
