#include "outputfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QStringList>

#include <atomic>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <mutex>
#include <sys/stat.h>
#include <unistd.h>

namespace sockscope {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(sockscope::OutputFile)
};

constexpr int kMaxSymlinks = 40; // as the kernel's ELOOP

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

QByteArray native(const QString &path)
{
    return QFile::encodeName(path);
}

QString parentOf(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    if (slash <= 0)
        return QStringLiteral("/");
    return path.left(slash);
}

// fs.protected_symlinks: in a sticky, world-writable directory a symlink is followed only
// when it is ours or the directory owner's.
QString symlinkRule(const QString &link, const struct stat &linkStat, const QString &directory)
{
    struct stat dir
    {
    };
    if (::stat(native(directory).constData(), &dir) != 0)
        return {};
    const bool stickyWorldWritable = (dir.st_mode & S_ISVTX) && (dir.st_mode & S_IWOTH);
    if (!stickyWorldWritable || linkStat.st_uid == ::geteuid() || linkStat.st_uid == dir.st_uid)
        return {};
    return Text::tr("%1 is a symbolic link that belongs to another user (uid %2) in the sticky, "
                    "world-writable directory %3; SockScope does not follow it (the rule of "
                    "the kernel's fs.protected_symlinks). Remove the link or choose another "
                    "file name.")
        .arg(link)
        .arg(linkStat.st_uid)
        .arg(directory);
}

// The absolute path `path` names with every symlink on the way resolved (the last part may
// not exist), checking each link against the rule above. Empty with *error set on refusal.
QString resolve(const QString &path, QString *error)
{
    // ".." is taken after the links before it are resolved, as the kernel does: no cleanPath.
    QStringList pending =
        (path.startsWith(QLatin1Char('/')) ? path : QDir::currentPath() + QLatin1Char('/') + path)
            .split(QLatin1Char('/'), Qt::SkipEmptyParts);
    QString current = QStringLiteral("/");
    int links = 0;
    while (!pending.isEmpty()) {
        const QString part = pending.takeFirst();
        if (part == QLatin1String("."))
            continue;
        if (part == QLatin1String("..")) {
            current = parentOf(current);
            continue;
        }
        const QString next =
            current == QLatin1String("/") ? current + part : current + QLatin1Char('/') + part;
        struct stat st
        {
        };
        if (::lstat(native(next).constData(), &st) != 0 || !S_ISLNK(st.st_mode)) {
            current = next; // missing parts are reported by whoever opens them
            continue;
        }
        if (++links > kMaxSymlinks) {
            *error = QStringLiteral("%1: %2").arg(path, errnoText(ELOOP));
            return {};
        }
        const QString refused = symlinkRule(next, st, current);
        if (!refused.isEmpty()) {
            *error = refused;
            return {};
        }
        QByteArray target(qsizetype(st.st_size > 0 ? st.st_size : 4095) + 1, '\0');
        const ssize_t n = ::readlink(native(next).constData(), target.data(), target.size());
        if (n < 0 || n >= target.size()) {
            *error = QStringLiteral("%1: %2").arg(next, errnoText(n < 0 ? errno : ENAMETOOLONG));
            return {};
        }
        target.truncate(n);
        const QString linked = QFile::decodeName(target);
        if (linked.startsWith(QLatin1Char('/')))
            current = QStringLiteral("/");
        pending = linked.split(QLatin1Char('/'), Qt::SkipEmptyParts) + pending;
    }
    return current;
}

enum class Way
{
    Replace, // a regular file, or a new one: atomically
    Stream,  // a character device or a FIFO
    Stdout,
};

struct Plan
{
    Way way = Way::Replace;
    QString target;
    bool exists = false;
    struct stat st
    {
    };
    QString error;
};

Plan planFor(const QString &path)
{
    Plan plan;
    if (path == QLatin1String("-")) {
        plan.way = Way::Stdout;
        return plan;
    }
    if (path.isEmpty()) {
        plan.error = Text::tr("no file name given");
        return plan;
    }
    plan.target = resolve(path, &plan.error);
    if (!plan.error.isEmpty())
        return plan;
    if (::stat(native(plan.target).constData(), &plan.st) == 0) {
        plan.exists = true;
        if (S_ISREG(plan.st.st_mode))
            return plan;
        if (S_ISCHR(plan.st.st_mode) || S_ISFIFO(plan.st.st_mode)) {
            plan.way = Way::Stream;
            return plan;
        }
        if (S_ISDIR(plan.st.st_mode))
            plan.error = Text::tr("%1 is a directory; give a file name").arg(path);
        else
            plan.error = Text::tr("%1 is neither a regular file, a character device nor a FIFO; "
                                  "SockScope does not write onto it")
                             .arg(path);
        return plan;
    }
    if (errno != ENOENT) {
        plan.error = Text::tr("%1: cannot write: %2").arg(path, errnoText(errno));
        return plan;
    }
    const QString directory = parentOf(plan.target);
    struct stat dir
    {
    };
    if (::stat(native(directory).constData(), &dir) != 0)
        plan.error =
            errno == ENOENT
                ? Text::tr("%1: cannot write: the folder %2 does not exist").arg(path, directory)
                : Text::tr("%1: cannot write: the folder %2: %3")
                      .arg(path, directory, errnoText(errno));
    else if (!S_ISDIR(dir.st_mode))
        plan.error = Text::tr("%1: cannot write: %2 is not a folder").arg(path, directory);
    return plan;
}

void ignoreFileSizeSignal()
{
    // A file-size limit (RLIMIT_FSIZE) then makes write() fail with EFBIG, reported like any
    // other short write, instead of killing the program with the file half written.
    static std::once_flag once;
    std::call_once(once, [] { ::signal(SIGXFSZ, SIG_IGN); });
}

} // namespace

namespace {
// A replacement keeps the old file's mode and, where we may, its owner.
void keepOwnerAndMode(int fd, const Plan &plan, mode_t mode)
{
    if (!plan.exists)
        return;
    ::fchmod(fd, mode);
    if ((plan.st.st_uid != ::geteuid() || plan.st.st_gid != ::getegid()) &&
        ::fchown(fd, plan.st.st_uid, plan.st.st_gid) != 0) {
        // Not allowed to give it away: the new file is ours, as with any rewrite.
    }
}

// The temporary file of the regular file being written, for removeUnfinishedOnSignal(): a
// fixed buffer a signal handler can read. Claimed by one OutputFile at a time.
char g_unfinished[4096];
std::atomic<const void *> g_unfinishedOwner{nullptr};
const char g_claiming = 0; // its address marks the buffer as being filled

void claimUnfinished(const void *owner, const QByteArray &path)
{
    if (path.size() >= qsizetype(sizeof g_unfinished))
        return;
    const void *none = nullptr;
    if (!g_unfinishedOwner.compare_exchange_strong(none, &g_claiming))
        return;
    std::memcpy(g_unfinished, path.constData(), std::size_t(path.size()) + 1);
    g_unfinishedOwner.store(owner);
}

void releaseUnfinished(const void *owner)
{
    const void *expected = owner;
    g_unfinishedOwner.compare_exchange_strong(expected, nullptr);
}
} // namespace

void OutputFile::removeUnfinishedOnSignal()
{
    const void *owner = g_unfinishedOwner.load();
    if (owner != nullptr && owner != &g_claiming)
        ::unlink(g_unfinished);
}

OutputFile::~OutputFile()
{
    cancel();
}

bool OutputFile::fail(const QString &what, int error)
{
    m_error = Text::tr("%1: cannot write: %2").arg(what, errnoText(error));
    cancel();
    return false;
}

bool OutputFile::open(const QString &path)
{
    cancel();
    m_writtenBytes = 0;
    m_writebackFrom = 0;
    ignoreFileSizeSignal();
    m_path = path == QLatin1String("-") ? Text::tr("standard output") : path;
    m_error.clear();
    const Plan plan = planFor(path);
    if (!plan.error.isEmpty()) {
        m_error = plan.error;
        return false;
    }
    m_target = plan.target;
    switch (plan.way) {
    case Way::Stdout:
        m_fd = STDOUT_FILENO;
        m_stream = true;
        m_ownsFd = false;
        return true;
    case Way::Stream: {
        // A FIFO's open waits for its reader, as a shell's redirection does.
        int fd;
        do {
            fd = ::open(native(m_target).constData(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
        } while (fd < 0 && errno == EINTR);
        if (fd < 0)
            return fail(m_path, errno);
        struct stat st
        {
        };
        if (::fstat(fd, &st) != 0 || !(S_ISCHR(st.st_mode) || S_ISFIFO(st.st_mode))) {
            ::close(fd); // replaced by something else since we looked: write nothing into it
            m_error = Text::tr("%1: cannot write: it changed from a device or FIFO into "
                               "something else while it was being opened")
                          .arg(m_path);
            return false;
        }
        m_fd = fd;
        m_stream = true;
        m_ownsFd = true;
        return true;
    }
    case Way::Replace:
        break;
    }
    if (plan.exists && ::faccessat(AT_FDCWD, native(m_target).constData(), W_OK, AT_EACCESS) != 0)
        return fail(m_path, errno);
    const QString directory = parentOf(m_target);
    const mode_t mode = plan.exists ? (plan.st.st_mode & 07777) : 0666;
    // Unnamed until commit(): nothing is left behind by a process killed while it writes.
    const int unnamed =
        ::open(native(directory).constData(), O_TMPFILE | O_WRONLY | O_CLOEXEC, mode);
    if (unnamed >= 0) {
        m_fd = unnamed;
        m_ownsFd = true;
        m_stream = false;
        m_unnamed = true;
        m_temporary.clear();
        keepOwnerAndMode(unnamed, plan, mode);
        return true;
    }
    if (errno != EOPNOTSUPP && errno != EISDIR && errno != EINVAL)
        return fail(m_path, errno);
    // A file system without unnamed files: a hidden temporary beside the target.
    m_unnamed = false;
    const int fd = openNamedTemporary(mode);
    if (fd < 0)
        return fail(m_path, fd == -EEXIST ? EEXIST : errno);
    m_fd = fd;
    m_ownsFd = true;
    m_stream = false;
    claimUnfinished(this, native(m_temporary));
    keepOwnerAndMode(fd, plan, mode);
    return true;
}

// A hidden name beside the target, not taken yet as far as chance goes: ".NAME.XXXXXXXX.tmp".
QString OutputFile::temporaryName() const
{
    const QString directory = parentOf(m_target);
    const QString base = m_target.mid(directory.size() + (directory == QLatin1String("/") ? 0 : 1));
    return QStringLiteral("%1/.%2.%3.tmp")
        .arg(directory == QLatin1String("/") ? QString() : directory, base)
        .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
}

// A new hidden file beside the target (".NAME.XXXXXXXX.tmp"), its path in m_temporary; the
// descriptor, or -1 (errno set; -EEXIST returned when every name tried was taken).
int OutputFile::openNamedTemporary(mode_t mode)
{
    for (int attempt = 0; attempt < 100; ++attempt) {
        const QString name = temporaryName();
        const int fd = ::open(native(name).constData(),
                              O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode);
        if (fd < 0 && errno == EEXIST)
            continue;
        if (fd >= 0)
            m_temporary = name;
        return fd;
    }
    return -EEXIST;
}

// The unnamed file gets a hidden name beside the target (then renamed over it).
bool OutputFile::nameUnnamed()
{
    const QByteArray self = "/proc/self/fd/" + QByteArray::number(m_fd);
    for (int attempt = 0; attempt < 100; ++attempt) {
        const QString name = temporaryName();
        claimUnfinished(this, native(name));
        if (::linkat(AT_FDCWD, self.constData(), AT_FDCWD, native(name).constData(),
                     AT_SYMLINK_FOLLOW) == 0) {
            m_temporary = name;
            return true;
        }
        const int error = errno;
        releaseUnfinished(this);
        if (error != EEXIST) {
            errno = error;
            return false;
        }
    }
    errno = EEXIST;
    return false;
}

bool OutputFile::write(QByteArrayView bytes)
{
    if (m_fd < 0) {
        if (m_error.isEmpty())
            m_error = Text::tr("%1: cannot write: the file is not open").arg(m_path);
        return false;
    }
    const char *data = bytes.data();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t n = ::write(m_fd, data, std::size_t(left));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return fail(m_path, n < 0 ? errno : EIO);
        data += n;
        left -= n;
        m_writtenBytes += n;
    }
    return true;
}

void OutputFile::startWriteback()
{
    // Every 8 MiB: a range at a time, so the call stays cheap.
    constexpr qint64 kEvery = qint64(8) << 20;
    if (m_fd < 0 || m_stream || m_writtenBytes - m_writebackFrom < kEvery)
        return;
    ::sync_file_range(m_fd, m_writebackFrom, m_writtenBytes - m_writebackFrom,
                      SYNC_FILE_RANGE_WRITE); // best effort: tmpfs and others may refuse
    m_writebackFrom = m_writtenBytes;
}

bool OutputFile::commit()
{
    if (m_fd < 0) {
        if (m_error.isEmpty())
            m_error = Text::tr("%1: cannot write: the file is not open").arg(m_path);
        return false;
    }
    if (m_stream) {
        const int fd = m_fd;
        m_fd = -1;
        if (m_ownsFd && ::close(fd) != 0 && errno != EINTR)
            return fail(m_path, errno);
        return true;
    }
    if (::fsync(m_fd) != 0)
        return fail(m_path, errno);
    if (m_unnamed && !nameUnnamed())
        return fail(m_path, errno);
    m_unnamed = false;
    const int fd = m_fd;
    m_fd = -1;
    if (::close(fd) != 0 && errno != EINTR)
        return fail(m_path, errno);
    if (::rename(native(m_temporary).constData(), native(m_target).constData()) != 0)
        return fail(m_path, errno);
    releaseUnfinished(this);
    m_temporary.clear();
    // The rename itself on disk: best effort (some file systems refuse fsync on a folder).
    const int dir =
        ::open(native(parentOf(m_target)).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
    return true;
}

void OutputFile::cancel()
{
    if (m_fd >= 0 && m_ownsFd)
        ::close(m_fd); // an unnamed file is gone with its last descriptor
    m_fd = -1;
    m_unnamed = false;
    if (!m_temporary.isEmpty()) {
        ::unlink(native(m_temporary).constData());
        m_temporary.clear();
    }
    releaseUnfinished(this);
}

bool writeOutputFile(const QString &path, QByteArrayView bytes, QString *error)
{
    OutputFile file;
    if (file.open(path) && file.write(bytes) && file.commit())
        return true;
    if (error)
        *error = file.errorString();
    return false;
}

QString checkOutputPath(const QString &path)
{
    const Plan plan = planFor(path);
    if (!plan.error.isEmpty() || plan.way == Way::Stdout)
        return plan.error;
    const QString checked =
        plan.way == Way::Stream || plan.exists ? plan.target : parentOf(plan.target);
    if (::faccessat(AT_FDCWD, native(checked).constData(), W_OK, AT_EACCESS) != 0)
        return Text::tr("%1: cannot write: %2").arg(path, errnoText(errno));
    if (plan.way == Way::Replace && plan.exists &&
        ::faccessat(AT_FDCWD, native(parentOf(plan.target)).constData(), W_OK | X_OK, AT_EACCESS) !=
            0)
        return Text::tr("%1: cannot write: the folder %2: %3")
            .arg(path, parentOf(plan.target), errnoText(errno));
    return {};
}

} // namespace sockscope
