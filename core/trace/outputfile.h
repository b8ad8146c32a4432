#pragma once

#include <QByteArrayView>
#include <QString>

#include <sys/types.h>

namespace sockscope {

// Where every file SockScope writes goes through (traces, Chrome traces, pictures, screenshots).
//
// - A regular file (or a name that does not exist yet) is written atomically: an unnamed file
//   in the same directory (O_TMPFILE; a named hidden temporary where the file system has no
//   unnamed ones), every write checked, fsync, then a name and a rename over the target. On
//   any failure the temporary file is dropped and the old file is left as it was; a process
//   killed while writing (SIGKILL, a crash) leaves nothing behind, however long it wrote.
// - A character device, a FIFO or "-" (standard output) is streamed into, never renamed over:
//   /dev/null stays a device, a FIFO's reader gets the bytes.
// - A symlink in a sticky, world-writable directory (/tmp) is followed only when it belongs to
//   us or to the directory's owner (the kernel's fs.protected_symlinks rule, applied even when
//   the sysctl is off): another user's link there is refused, with a message saying so.
//
// Every short write is an error whose message names the file and the errno text. SIGXFSZ is
// ignored once an OutputFile is opened, so a file-size limit is an EFBIG error, not a kill.
class OutputFile
{
public:
    OutputFile() = default;
    ~OutputFile(); // an uncommitted file is cancelled
    OutputFile(const OutputFile &) = delete;
    OutputFile &operator=(const OutputFile &) = delete;

    bool open(const QString &path);
    bool write(QByteArrayView bytes);
    // Makes the bytes the file's content: fsync and rename (regular files), close (streams).
    bool commit();
    // Drops what was written; the old file stays.
    void cancel();

    bool isStream() const { return m_stream; }
    // A regular file written for a long time (a trace streamed while recording): asks the
    // kernel to start writing what was written so far to disk now (sync_file_range, without
    // waiting), so that commit()'s fsync has only the last part left to wait for.
    void startWriteback();

    // Async-signal-safe: removes the temporary file of the regular file being written now, if
    // any (the first OutputFile of the process that has one open). For a handler that ends
    // the process at once on a second Ctrl+C: the old file stays, and no temporary is left.
    static void removeUnfinishedOnSignal();
    // The last failure: "PATH: cannot write: No space left on device".
    const QString &errorString() const { return m_error; }

private:
    bool fail(const QString &what, int error);

    QString temporaryName() const;
    int openNamedTemporary(mode_t mode);
    bool nameUnnamed();

    QString m_path;         // as given
    QString m_target;       // what is renamed over (a symlink's target)
    QString m_temporary;    // a named temporary's path (none while the file is unnamed)
    bool m_unnamed = false; // O_TMPFILE: named only at commit()
    int m_fd = -1;
    bool m_stream = false;
    bool m_ownsFd = false;
    qint64 m_writtenBytes = 0;
    qint64 m_writebackFrom = 0;
    QString m_error;
};

// Opens, writes and commits `bytes` to `path`; on failure sets `error` and leaves any old file.
bool writeOutputFile(const QString &path, QByteArrayView bytes, QString *error);

// Whether `path` can be written, checked before a run starts (nothing is created): the
// directory exists and is writable, the target is not a directory, a block device or a
// socket, and the symlink rule above holds. Empty when fine, else the message.
QString checkOutputPath(const QString &path);

} // namespace sockscope
