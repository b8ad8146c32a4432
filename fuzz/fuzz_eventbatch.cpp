// libFuzzer target: the events of a trace file read with the next piece parsed ahead on a
// second thread give what reading one piece at a time gives (core/trace/eventbatch.h): the
// same events, bytes read and stop, whatever the bytes and wherever the pieces end. The pieces
// are small (16 to 271 bytes, from the input's first byte), so that a small input is many.
#include "../tests/eventbatchtestkit.h"

#include <QByteArrayView>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 1)
        return 0;
    const qsizetype pieceSize = 16 + data[0];
    // What follows the events' '[' when the input is a trace file, else the bytes themselves.
    QByteArrayView text(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    if (const qsizetype at = text.indexOf(QByteArrayView("\"events\":[")); at >= 0)
        text = text.sliced(at + 10);
    using sockscope::testkit::readInWindows;
    const auto one = readInWindows(text, pieceSize, false);
    const auto ahead = readInWindows(text, pieceSize, true);
    if (one.how != ahead.how || one.consumed != ahead.consumed || one.index != ahead.index ||
        one.pieces != ahead.pieces || one.events.size() != ahead.events.size())
        std::abort();
    for (std::size_t i = 0; i < one.events.size(); ++i)
        if (one.events[i].tNs != ahead.events[i].tNs ||
            one.events[i].kind != ahead.events[i].kind || one.events[i].fd != ahead.events[i].fd ||
            one.events[i].actor != ahead.events[i].actor)
            std::abort();
    return 0;
}
