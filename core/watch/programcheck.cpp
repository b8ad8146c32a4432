#include "programcheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstring>
#include <elf.h>
#include <memory>
#include <mutex>

// The resources live in a static library (see core/scenario/scenariolibrary.cpp).
static void initWatchResources()
{
    static std::once_flag once;
    std::call_once(once, [] { Q_INIT_RESOURCE(watch); });
}

namespace sockscope {

namespace {

constexpr qint64 kMaxScannedBytes = qint64(256) << 20;

QString resolve(const QString &program)
{
    if (program.contains(QLatin1Char('/')))
        return QFileInfo(program).absoluteFilePath();
    return QStandardPaths::findExecutable(program);
}

QString checkElf(const QString &path, const QString &shown, bool *python)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    if (file.size() > kMaxScannedBytes)
        return {};
    const QByteArray bytes = file.readAll();
    if (bytes.size() < qsizetype(sizeof(Elf64_Ehdr)) || !bytes.startsWith("\x7f"
                                                                          "ELF"))
        return {};
    if (QFileInfo(path).fileName().startsWith(QLatin1String("python")))
        *python = true;
    if (bytes.contains(".go.buildinfo") || bytes.contains("runtime.goexit"))
        return QStringLiteral("%1 is a Go program: Go makes its system calls itself, not "
                              "through the C library, so SockScope cannot see them.")
            .arg(shown);
    if (bytes.contains("liburing.so"))
        return QStringLiteral("%1 uses io_uring: its socket calls go to the kernel through a "
                              "shared ring, not through the C library, so SockScope cannot "
                              "see them.")
            .arg(shown);
    if (bytes[EI_CLASS] != ELFCLASS64)
        return {};
    Elf64_Ehdr header;
    std::memcpy(&header, bytes.constData(), sizeof header);
    bool interpreter = false;
    for (int i = 0; i < header.e_phnum; ++i) {
        const qint64 at = qint64(header.e_phoff) + qint64(i) * header.e_phentsize;
        if (at < 0 || at + qint64(sizeof(Elf64_Phdr)) > bytes.size())
            break;
        Elf64_Phdr ph;
        std::memcpy(&ph, bytes.constData() + at, sizeof ph);
        if (ph.p_type == PT_INTERP)
            interpreter = true;
    }
    if (!interpreter)
        return QStringLiteral("%1 is statically linked: it makes its system calls without the "
                              "shared C library, so SockScope cannot see them.")
            .arg(shown);
    return {};
}

} // namespace

ProgramCheck checkProgram(const QString &program)
{
    ProgramCheck check;
    check.path = resolve(program);
    if (check.path.isEmpty() || !QFileInfo(check.path).isFile()) {
        check.problem = QStringLiteral("%1: no such program").arg(program);
        check.path.clear();
        return check;
    }
    if (!QFileInfo(check.path).isExecutable()) {
        check.problem = QStringLiteral("%1: not executable").arg(program);
        return check;
    }
    QString target = check.path;
    QFile file(target);
    if (file.open(QIODevice::ReadOnly)) {
        const QByteArray head = file.read(256);
        if (head.startsWith("#!")) {
            // A script: what runs is its interpreter (through env: the program env names).
            const QList<QByteArray> words =
                head.mid(2, head.indexOf('\n') - 2).simplified().split(' ');
            target = resolve(QFile::decodeName(words.value(0)));
            if (target.endsWith(QLatin1String("/env")) && words.size() > 1)
                target = resolve(QFile::decodeName(words.value(1)));
        }
    }
    if (!target.isEmpty())
        check.problem = checkElf(target, program, &check.python);
    return check;
}

QString findPreloadLibrary()
{
    const QString name = QStringLiteral("libsockscope_preload.so");
    const QString fromEnvironment = qEnvironmentVariable("SOCKSCOPE_PRELOAD");
    if (!fromEnvironment.isEmpty())
        return QFileInfo(fromEnvironment).isFile() ? QFileInfo(fromEnvironment).absoluteFilePath()
                                                   : QString();
    const QString dir = QCoreApplication::applicationDirPath();
    for (const QString &candidate :
         {dir + QLatin1Char('/') + name,
          // bin/sockscope, and libexec/sockscope/sockscope-cli-main (app/cli_launcher.cpp)
          dir + QStringLiteral("/../" SOCKSCOPE_PRIVATE_LIBDIR "/") + name,
          dir + QStringLiteral("/../../" SOCKSCOPE_PRIVATE_LIBDIR "/") + name}) {
        if (QFileInfo(candidate).isFile())
            return QFileInfo(candidate).canonicalFilePath();
    }
    return {};
}

QString pythonHookDirectory()
{
    initWatchResources();
    static std::unique_ptr<QTemporaryDir> dir;
    if (!dir) {
        auto made = std::make_unique<QTemporaryDir>();
        if (!made->isValid())
            return {};
        const QString target = made->filePath(QStringLiteral("sitecustomize.py"));
        if (!QFile::copy(QStringLiteral(":/watch/sitecustomize.py"), target))
            return {};
        dir = std::move(made);
    }
    return dir->path();
}

} // namespace sockscope
