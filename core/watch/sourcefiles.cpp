#include "sourcefiles.h"

#include "trace/event.h"

#include <QDir>
#include <QFile>
#include <QStringDecoder>

namespace sockscope {

void SourceFiles::reset()
{
    m_files.clear();
    m_fileOf.clear();
    m_places.clear();
}

int SourceFiles::fileIndex(const QString &path, const QString &directory)
{
    const auto known = m_fileOf.constFind(path);
    if (known != m_fileOf.cend())
        return *known;
    int index = -1;
    const QString full =
        directory.isEmpty() ? path : QDir(directory).absoluteFilePath(path); // as is if absolute
    QFile file(full);
    if (int(m_files.size()) < kMaxFiles && file.open(QIODevice::ReadOnly) &&
        file.size() <= kMaxFileBytes) {
        const QByteArray bytes = file.read(kMaxFileBytes + 1);
        if (bytes.size() <= kMaxFileBytes && !bytes.contains('\0')) {
            QStringDecoder decoder(QStringDecoder::Utf8);
            QString text = decoder.decode(bytes);
            if (text.endsWith(QLatin1Char('\n')))
                text.chop(1);
            File f;
            f.path = path;
            for (QString line : text.split(QLatin1Char('\n'))) {
                if (line.endsWith(QLatin1Char('\r')))
                    line.chop(1);
                line.replace(QLatin1Char('\t'), QStringLiteral("    "));
                f.lines << escapeText(line);
            }
            index = int(m_files.size());
            m_files.push_back(std::move(f));
        }
    }
    m_fileOf.insert(path, index);
    return index;
}

void SourceFiles::update(const std::vector<QString> &sources, const QString &directory)
{
    // An entry may be filled after the run (a C program's lines): look at the empty ones again.
    if (m_places.size() > sources.size())
        reset();
    for (std::size_t i = 0; i < sources.size(); ++i) {
        if (i < m_places.size() && !m_places[i].text.isEmpty())
            continue;
        Place place;
        const QString &entry = sources[i];
        const qsizetype colon = entry.lastIndexOf(QLatin1Char(':'));
        bool ok = false;
        const int number = colon > 0 ? entry.mid(colon + 1).toInt(&ok) : 0;
        if (ok && number > 0) {
            place.text = escapeText(entry);
            place.file = fileIndex(entry.left(colon), directory);
            if (place.file >= 0 && number <= m_files[std::size_t(place.file)].lines.size())
                place.line = number - 1;
            else
                place.file = -1; // the file as it is now does not have that line
        }
        if (i < m_places.size())
            m_places[i] = place;
        else
            m_places.push_back(place);
    }
}

SourceFiles::Place SourceFiles::placeOf(std::size_t index) const
{
    return index < m_places.size() ? m_places[index] : Place{};
}

} // namespace sockscope
