// The events read many at a time (trace/eventbatch.h): a piece parsed ahead by a second thread
// while the piece before it is read gives what reading one piece at a time gives: the same
// events, the same stop before an event refused or text that is not JSON, wherever it falls
// among the pieces.
#include "eventbatchtestkit.h"

#include <QTest>

using namespace sockscope;

namespace {

QByteArray eventLine(qint64 t, int fd)
{
    return QByteArray("{\"t_ns\":") + QByteArray::number(t) +
           QByteArray(",\"actor\":1,\"kind\":\"recv_end\",\"fd\":") + QByteArray::number(fd) +
           QByteArray(",\"bytes\":5,\"preview\":\"hello\"}");
}

} // namespace

class EventBatchTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsedAheadReadsAsOnePieceAtATime_data()
    {
        QTest::addColumn<int>("brokenAt"); // -1: none
        QTest::addColumn<QByteArray>("broken");
        QTest::addColumn<int>("pieceSize");
        QTest::newRow("whole, small pieces") << -1 << QByteArray() << 4096;
        QTest::newRow("whole, pieces of 100 KB") << -1 << QByteArray() << 100000;
        for (const int at : {1, 47, 48, 49, 95, 96, 97, 1000, 4999}) {
            // An event refused by the checks (back in time) and text that is not JSON, at and
            // around the ends of the pieces (an event is 85 bytes: 48 in a piece of 4096).
            QTest::addRow("goes back in time at %d", at)
                << at << QByteArray("{\"t_ns\":1,\"actor\":1,\"kind\":\"socket\"}") << 4096;
            QTest::addRow("not JSON at %d", at)
                << at << QByteArray("{\"t_ns\":99999999,\"actor\":1,\"kind\":socket}") << 4096;
        }
        QTest::newRow("an event longer than a piece")
            << 300
            << QByteArray("{\"t_ns\":99999999,\"actor\":1,\"kind\":\"error\",\"message\":\"") +
                   QByteArray(10000, 'x') + QByteArray("\"}")
            << 4096;
    }
    void parsedAheadReadsAsOnePieceAtATime()
    {
        QFETCH(int, brokenAt);
        QFETCH(QByteArray, broken);
        QFETCH(int, pieceSize);
        QByteArray text("\n");
        const int count = 5000;
        for (int i = 0; i < count; ++i) {
            text += i == brokenAt ? broken : eventLine(10000000 + i, i % 1000);
            text += i + 1 < count ? ",\n" : "\n";
        }
        text += "],\"actors\":[]}";
        const testkit::BatchOutcome one = testkit::readInWindows(text, pieceSize, false);
        const testkit::BatchOutcome ahead = testkit::readInWindows(text, pieceSize, true);
        QCOMPARE(ahead.how, one.how);
        QCOMPARE(ahead.consumed, one.consumed);
        QCOMPARE(ahead.index, one.index);
        QCOMPARE(ahead.pieces, one.pieces);
        QCOMPARE(ahead.events.size(), one.events.size());
        for (std::size_t i = 0; i < one.events.size(); ++i) {
            QCOMPARE(ahead.events[i].tNs, one.events[i].tNs);
            QCOMPARE(ahead.events[i].fd, one.events[i].fd);
        }
        // Read to the end, or stopped at or before the broken event (the reader that goes one
        // event at a time, or a larger piece, reads on from there).
        if (brokenAt < 0) {
            QCOMPARE(one.index, count);
            QVERIFY(one.pieces > 2);
            // Every piece but the first and the last (the end of the events) was parsed ahead.
            QCOMPARE(one.parsedAhead, 0);
            QCOMPARE(ahead.parsedAhead, ahead.pieces - 2);
        } else {
            QVERIFY(one.index <= brokenAt);
            QVERIFY(one.index > brokenAt - 100);
        }
    }

    // A piece parsed ahead is the next one only if the caller goes on from where the piece
    // before it ended; given a window elsewhere, the reader parses that window itself.
    void aPieceParsedAheadIsTakenOnlyWhereItBegins()
    {
        QByteArray text("\n");
        for (int i = 0; i < 1000; ++i)
            text += eventLine(10000000 + i, i) + ",\n";
        const qsizetype pieceSize = 4096;
        Trace trace;
        EventBatchReader reader;
        EventBatchReader::State state;
        qsizetype used = 0;
        QCOMPARE(reader.read({QByteArrayView(text).first(2 * pieceSize), pieceSize, false, 0},
                             trace, false, state, &used),
                 EventBatchReader::Outcome::More);
        QVERIFY(used > 0);
        const int firstPiece = state.index;
        // The caller passes over one event (as if it had read it some other way) and gives the
        // window from there, at its true offset: the same size as the piece parsed ahead.
        const qsizetype skipped = text.indexOf(",\n", used + 1);
        const QByteArrayView rest = QByteArrayView(text).sliced(skipped);
        QCOMPARE(reader.read({rest.first(2 * pieceSize), pieceSize, false, skipped}, trace, false,
                             state, &used),
                 EventBatchReader::Outcome::More);
        QCOMPARE(reader.piecesParsedAhead(), 0);
        QCOMPARE(trace.events()[std::size_t(firstPiece)].tNs, 10000000 + firstPiece + 1);
    }
};

QTEST_GUILESS_MAIN(EventBatchTest)
#include "tst_eventbatch.moc"
