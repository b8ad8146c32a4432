// ctest-label: ui
// The window's opener reads a trace file on a thread of its own (ui/traceopener.h), and
// replays its state on a second one beside the timeline (PreparedAnalysis). Refused threads (a
// limit), it does both on the window's thread and still says what it read, instead of waiting
// for a thread that never runs or aborting.
#include "analysis/synthetictrace.h"
#include "sanitizerbuild.h"
#include "trace/tracefile.h"
#include "traceopener.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

using namespace sockscope;

namespace {

// The bytes of address space the process maps now (VmSize), or -1.
qint64 mappedBytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmSize:"))
            return line.mid(7).trimmed().split(' ').value(0).toLongLong() * 1024;
    return -1;
}

} // namespace

class TraceOpenerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opensOnAThreadOrWithout_data()
    {
        QTest::addColumn<bool>("threadRefused");
        // Refused first: glibc keeps the stacks of threads that have ended for new ones, and a
        // kept stack needs no new address space.
        QTest::newRow("no thread to be had") << true;
        QTest::newRow("a thread") << false;
    }
    void opensOnAThreadOrWithout()
    {
        QFETCH(bool, threadRefused);
        if (threadRefused && testkit::kSanitized)
            QSKIP("a sanitized program maps terabytes of shadow: an address-space limit cannot "
                  "be set just above what it maps");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("threaded.json"));
        const Trace written = synthetic::byName(QStringLiteral("threaded"));
        QString error;
        QVERIFY2(saveTraceFile(written, path, &error), qPrintable(error));

        TraceOpener opener;
        QSignalSpy opened(&opener, &TraceOpener::opened);
        QSignalSpy failed(&opener, &TraceOpener::failed);
        QSignalSpy here(&opener, &TraceOpener::readingWithoutAThread);
        rlimit before{};
        QVERIFY(::getrlimit(RLIMIT_AS, &before) == 0);
        if (threadRefused) {
            // Room for what the reading allocates, none for a new thread's stack (8 MiB).
            const qint64 mapped = mappedBytes();
            QVERIFY(mapped > 0);
            rlimit tight = before;
            tight.rlim_cur = rlim_t(mapped + (qint64(4) << 20));
            QVERIFY(::setrlimit(RLIMIT_AS, &tight) == 0);
        }
        opener.open(path);
        QVERIFY(::setrlimit(RLIMIT_AS, &before) == 0);
        QTRY_COMPARE_WITH_TIMEOUT(opened.size() + failed.size(), 1, 60000);
        QCOMPARE(failed.size(), 0);
        // Said before the window stops answering, and only then.
        QCOMPARE(here.size(), threadRefused ? 1 : 0);
        if (threadRefused)
            QCOMPARE(here.at(0).at(0).toString(), path);
        QCOMPARE(opened.at(0).at(0).toString(), path);
        const auto prepared = opened.at(0).at(1).value<std::shared_ptr<PreparedAnalysis>>();
        QVERIFY(prepared);
        QCOMPARE(prepared->trace.size(), written.size());
        QVERIFY(!opener.isBusy());
    }
};

QTEST_GUILESS_MAIN(TraceOpenerTest)
#include "tst_traceopener.moc"
