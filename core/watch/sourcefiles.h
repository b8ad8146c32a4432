#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

namespace sockscope {

// The watched program's own source files, for the code pane: read from the "FILE:LINE"
// entries of a trace's source table (Trace::sources), a file once, each line escaped for
// display (escapeText). Relative names are taken from `directory` (the program's working
// directory). A file that cannot be read, or is too large to be a student's source, is not
// shown; its entries say where they are in words instead (placeOf's `text`).
class SourceFiles
{
public:
    struct File
    {
        QString path;      // as named by the events
        QStringList lines; // escaped text, one entry per line
    };
    struct Place
    {
        int file = -1; // index into files(); -1: not shown (see text)
        int line = -1; // 0-based
        QString text;  // "FILE:LINE" as recorded (escaped), "" when the line is not known
    };

    // Takes the entries not seen yet (the table only grows during a run); reset() first for
    // another trace.
    void update(const std::vector<QString> &sources, const QString &directory);
    void reset();

    const std::vector<File> &files() const { return m_files; }
    Place placeOf(std::size_t index) const;

    static constexpr qint64 kMaxFileBytes = 512 * 1024;
    static constexpr int kMaxFiles = 16;

private:
    int fileIndex(const QString &path, const QString &directory);

    std::vector<File> m_files;
    QHash<QString, int> m_fileOf; // path -> index into m_files, -1: cannot be shown
    std::vector<Place> m_places;  // per source-table entry
};

} // namespace sockscope
