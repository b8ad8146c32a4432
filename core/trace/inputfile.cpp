#include "inputfile.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace sockscope {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(sockscope::InputFile)
};

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

QString sizeText(qint64 bytes)
{
    if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0)
        return QStringLiteral("%1 bytes (%2 MiB)").arg(bytes).arg(bytes / (1024 * 1024));
    return QStringLiteral("%1 bytes").arg(bytes);
}

} // namespace

std::optional<QByteArray> readInputFile(const QString &path, qint64 limit, const QString &what,
                                        QString *error, bool jsonObject)
{
    QString scratch;
    if (!error)
        error = &scratch;
    if (path.startsWith(QLatin1Char(':'))) {
        // A Qt resource (the bundled scenarios): compiled in, its size is what it holds.
        QFile resource(path);
        if (!resource.open(QIODevice::ReadOnly)) {
            *error = Text::tr("cannot open: %1").arg(resource.errorString());
            return std::nullopt;
        }
        if (resource.size() > limit) {
            *error = Text::tr("it holds more than %1, the most %2 may hold; nothing was loaded")
                         .arg(sizeText(limit), what);
            return std::nullopt;
        }
        return resource.readAll();
    }
    int fd;
    do {
        fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NOCTTY | O_CLOEXEC);
    } while (fd < 0 && errno == EINTR);
    if (fd < 0) {
        *error = Text::tr("cannot open: %1").arg(errnoText(errno));
        return std::nullopt;
    }
    struct stat st
    {
    };
    if (::fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
        ::close(fd);
        *error = Text::tr("cannot read: %1").arg(errnoText(EISDIR));
        return std::nullopt;
    }
    QByteArray bytes;
    // A regular file's size is a hint for the first allocation, never a bound.
    if (S_ISREG(st.st_mode) && st.st_size > 0)
        bytes.reserve(qsizetype(std::min<qint64>(st.st_size, limit) + 1));
    constexpr qsizetype kChunk = 64 * 1024;
    qsizetype used = 0;
    bool startSeen = false;
    bool notAnObject = false;
    for (;;) {
        const qsizetype want = qsizetype(std::min<qint64>(kChunk, limit + 1 - used));
        if (bytes.capacity() < used + want) // doubling: linear time, at most limit + 1 held
            bytes.reserve(qsizetype(
                std::min<qint64>(std::max<qint64>(2 * bytes.capacity(), used + want), limit + 1)));
        if (bytes.size() < used + want)
            bytes.resize(used + want);
        const ssize_t n = ::read(fd, bytes.data() + used, std::size_t(want));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            const int saved = errno;
            ::close(fd);
            *error = Text::tr("cannot read: %1").arg(errnoText(saved));
            return std::nullopt;
        }
        if (n == 0)
            break;
        if (jsonObject && !startSeen) {
            for (qsizetype i = used; i < used + n; ++i) {
                const char c = bytes[i];
                if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
                    continue;
                startSeen = true;
                if (c != '{')
                    notAnObject = true;
                break;
            }
        }
        used += n;
        if (notAnObject)
            break; // cannot be what we read: the parser names the place
        if (used > limit) {
            ::close(fd);
            *error = Text::tr("it holds more than %1, the most %2 may hold; nothing was loaded")
                         .arg(sizeText(limit), what);
            return std::nullopt;
        }
    }
    ::close(fd);
    bytes.truncate(used);
    return bytes;
}

} // namespace sockscope
