// The names a trace file gives kinds, lines, states and keys, found by their perfect hashes
// (trace/nametable.h), and addresses read in place (Endpoint::fromUtf8): each agrees with the
// plain way it replaced, for every name and for near misses.
#include "trace/event.h"
#include "trace/jsonfields.h"
#include "trace/kernelsample.h"
#include "trace/linetag.h"
#include "trace/nametable.h"

#include <QTest>

#include <functional>

using namespace sockscope;

namespace {

// A table's names by number ("" where a number has none) and its lookup, as numbers.
struct Table
{
    QList<QByteArray> names;
    std::function<int(QByteArrayView)> find;
};

template <typename Enum>
Table tableOf(int count, const char *(*nameOf)(Enum),
              std::optional<Enum> (*fromName)(QByteArrayView))
{
    Table t;
    for (int i = 0; i < count; ++i)
        t.names.append(QByteArray(nameOf(static_cast<Enum>(i))));
    t.find = [fromName](QByteArrayView name) {
        const auto found = fromName(name);
        return found ? int(*found) : -1;
    };
    return t;
}

// What a comparison with each name in turn finds.
int plainFind(const Table &t, QByteArrayView name)
{
    for (int i = 0; i < t.names.size(); ++i)
        if (!name.isEmpty() && t.names[i] == name)
            return i;
    return -1;
}

// Each name, and near misses of it: a byte changed at the start, the middle or the end, one
// added or taken away, its case turned, a prefix of it.
QList<QByteArray> probesOf(const QList<QByteArray> &names)
{
    QList<QByteArray> probes{QByteArray(), QByteArray("x"), QByteArray(300, 'a')};
    for (const QByteArray &name : names) {
        if (name.isEmpty())
            continue;
        probes.append(name);
        for (const qsizetype at : {qsizetype(0), name.size() / 2, name.size() - 1}) {
            QByteArray changed = name;
            changed[at] = char(changed[at] ^ 1);
            probes.append(changed);
        }
        probes.append(name + '_');
        probes.append('_' + name);
        probes.append(name.chopped(1));
        probes.append(name.mid(1));
        probes.append(name.toUpper());
        probes.append(name.toLower());
        probes.append(name.left(4) + name.right(4)); // the same shape for names of eight
    }
    return probes;
}

} // namespace

class TraceNamesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void namesAreFoundAsByComparingEach_data()
    {
        QTest::addColumn<int>("which");
        QTest::newRow("event kinds") << 0;
        QTest::newRow("wait mechanisms") << 1;
        QTest::newRow("epoll ops") << 2;
        QTest::newRow("reap policies") << 3;
        QTest::newRow("task waits") << 4;
        QTest::newRow("task ends") << 5;
        QTest::newRow("line tags") << 6;
        QTest::newRow("TCP states") << 7;
        QTest::newRow("JSON keys") << 8;
    }
    void namesAreFoundAsByComparingEach()
    {
        QFETCH(int, which);
        Table t;
        switch (which) {
        case 0:
            t = tableOf<EventKind>(kEventKindCount, eventKindName, eventKindFromName);
            break;
        case 1:
            t = tableOf<WaitMechanism>(4, waitMechanismName, waitMechanismFromName);
            break;
        case 2:
            t = tableOf<EpollOp>(4, epollOpName, epollOpFromName);
            break;
        case 3:
            t = tableOf<ReapPolicy>(4, reapPolicyName, reapPolicyFromName);
            break;
        case 4:
            t = tableOf<TaskWait>(4, taskWaitName, taskWaitFromName);
            break;
        case 5:
            t = tableOf<TaskEnd>(4, taskEndName, taskEndFromName);
            break;
        case 6:
            t = tableOf<LineTag>(int(LineTag::Count), lineTagName, lineTagFromName);
            break;
        case 7:
            t = tableOf<TcpState>(kTcpStateCount, tcpStateName, tcpStateFromName);
            break;
        default:
            for (const std::string_view name : json::kFieldNames)
                t.names.append(QByteArray(name.data(), qsizetype(name.size())));
            t.find = [](QByteArrayView name) {
                return json::fieldIndex(std::string_view(name.data(), std::size_t(name.size())));
            };
        }
        QVERIFY(t.names.size() > 3);
        int found = 0;
        for (const QByteArray &probe : probesOf(t.names)) {
            const int expected = plainFind(t, probe);
            QVERIFY2(t.find(probe) == expected, qPrintable(QStringLiteral("\"%1\": %2, expected %3")
                                                               .arg(QString::fromLatin1(probe))
                                                               .arg(t.find(probe))
                                                               .arg(expected)));
            found += expected >= 0;
        }
        // Every name (but the line tags' "") was among the probes and found.
        QVERIFY(found >= t.names.size() - 1);
    }

    // A table is made when the program is compiled; names of one shape would not compile.
    void aTableFindsItsOwnNames()
    {
        static constexpr NameTable table(
            std::array<const char *, 5>{"", "ab", "abc", "abcd", "abcde"});
        static_assert(table.find("abc") == 2);
        static_assert(table.find("") == -1);
        static_assert(table.find("abce") == -1);
        QCOMPARE(table.find("abcde"), 4);
        QCOMPARE(table.find(std::string_view("abcdef", 5)), 4);
        QCOMPARE(table.find(std::string_view("abcdef", 6)), -1);
    }

    void addressesReadInPlaceAsByQt_data()
    {
        QTest::addColumn<QByteArray>("text");
        for (const char *text : {"127.0.0.1:5000",
                                 "0.0.0.0:0",
                                 "255.255.255.255:65535",
                                 "10.1.2.3:40000",
                                 "256.0.0.1:1",
                                 "1.2.3.4:65536",
                                 "1.2.3.4:99999",
                                 "1.2.3.4:100000",
                                 "1.2.3:4",
                                 "1.2.3.4.5:6",
                                 "1.2.3.4",
                                 " 1.2.3.4:5",
                                 "1.2.3.4:5 ",
                                 "1.2.3.4: 5",
                                 "+1.2.3.4:5",
                                 "1.2.3.4:+5",
                                 "1.2.3.4:-5",
                                 "01.002.3.4:05",
                                 "000001.2.3.4:5",
                                 "1.2.3.4:000005",
                                 "1.2.3.4:",
                                 ":5",
                                 "1..3.4:5",
                                 ".1.2.3:4",
                                 "1.2.3.4:5:6",
                                 "1.2.3.4:5x",
                                 "a.b.c.d:e",
                                 "\xd9\xa1.2.3.4:5",
                                 "1.2.3.4:\xef\xbc\x95",
                                 "4294967297.0.0.1:5",
                                 ""})
            QTest::newRow(text) << QByteArray(text);
    }
    void addressesReadInPlaceAsByQt()
    {
        QFETCH(QByteArray, text);
        const auto fast = Endpoint::fromUtf8(text);
        const auto qt = Endpoint::fromString(QString::fromUtf8(text));
        QCOMPARE(fast.has_value(), qt.has_value());
        if (fast) {
            QCOMPARE(fast->ipv4, qt->ipv4);
            QCOMPARE(fast->port, qt->port);
        }
    }
};

QTEST_GUILESS_MAIN(TraceNamesTest)
#include "tst_tracenames.moc"
