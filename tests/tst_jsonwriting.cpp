// The trace writer's JSON pieces (core/trace/jsonwriting): whatever they write, a JSON parser
// reads back as what was meant: text of every kind (controls, quotes, bidirectional marks,
// characters outside the Basic Multilingual Plane), network bytes in their escaped form,
// addresses and numbers at their limits.
#include "trace/event.h"
#include "trace/jsonwriting.h"
#include "trace/tracefile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <limits>

using namespace sockscope;

namespace {

// The one value in `json`, read back by Qt's parser (inside an array: any value may stand
// there).
QJsonValue parsed(const QByteArray &json)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson('[' + json + ']', &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        return QJsonValue(QJsonValue::Undefined);
    return doc.array().at(0);
}

} // namespace

// What `write` appends through a sink to an empty array.
template <typename Write> QByteArray written(Write write)
{
    QByteArray out;
    {
        json::Sink sink(out);
        write(sink);
    }
    return out;
}

class TestJsonWriting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void textReadsBackAsItWas_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("plain") << QStringLiteral("client 1");
        QTest::newRow("quote and backslash") << QStringLiteral("say \"hi\" \\ bye");
        QTest::newRow("controls") << QStringLiteral("a\nb\tc\rd") + QChar(0x01) + QChar(0x1f);
        QTest::newRow("latin-1 and beyond") << QStringLiteral("Größe señal δ 接続");
        QTest::newRow("bidirectional override") << QStringLiteral("abc\u202Edef\u2066");
        QTest::newRow("outside the BMP") << QStringLiteral("ok \U0001F600 \U00010348 end");
        QTest::newRow("DEL") << QStringLiteral("x") + QChar(0x7f);
    }
    void textReadsBackAsItWas()
    {
        QFETCH(QString, text);
        const QByteArray out = written([&](json::Sink &s) { json::appendString(s, text); });
        QCOMPARE(parsed(out).toString(), text);
    }

    void bytesReadBackEscaped_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("echo line") << QByteArray("hello\n");
        QTest::newRow("every byte") << [] {
            QByteArray all;
            for (int b = 0; b < 256; ++b)
                all += char(b);
            return all;
        }();
        QTest::newRow("quote and backslash") << QByteArray("\"\\x41\\");
        QTest::newRow("invalid UTF-8") << QByteArray("\xc3\x28\xff\xfe");
    }
    void bytesReadBackEscaped()
    {
        QFETCH(QByteArray, bytes);
        const QByteArray out = written([&](json::Sink &s) { json::appendEscapedBytes(s, bytes); });
        const QString back = parsed(out).toString();
        QCOMPARE(back, escapeBytes(bytes));
        QCOMPARE(unescapeBytes(back), bytes);
    }

    void endpointsAndNumbers()
    {
        QByteArray out = written([](json::Sink &s) {
            json::appendEndpoint(s, Endpoint{0x7f000001u, 50500});
        });
        QCOMPARE(parsed(out).toString(), QStringLiteral("127.0.0.1:50500"));
        QCOMPARE(Endpoint::fromString(parsed(out).toString()), Endpoint({0x7f000001u, 50500}));
        out = written([](json::Sink &s) { json::appendEndpoint(s, Endpoint{0xffffffffu, 65535}); });
        QCOMPARE(parsed(out).toString(), Endpoint({0xffffffffu, 65535}).toString());

        for (const std::int64_t v :
             {std::int64_t(0), std::int64_t(-1), std::int64_t(42),
              std::numeric_limits<std::int64_t>::max(), std::numeric_limits<std::int64_t>::min()}) {
            out = written([&](json::Sink &s) { json::appendNumber(s, v); });
            QCOMPARE(out, QByteArray::number(qint64(v)));
        }
    }

    // The sink writes after what the array held, grows it as often as needed, and leaves it
    // holding exactly what was written: at finish(), at its end, and after the array was
    // emptied from outside and resume() was called.
    void sinkKeepsExactlyWhatWasWritten()
    {
        QByteArray out("head:");
        QByteArray expected = out;
        {
            json::Sink sink(out);
            for (int i = 0; i < 5000; ++i) {
                const QByteArray piece = QByteArray::number(i) + (i % 7 ? "," : ";\n");
                expected += piece;
                if (i % 3 == 0) {
                    sink += piece;
                } else {
                    for (const char c : piece)
                        sink += c;
                }
                QCOMPARE(sink.size(), expected.size());
            }
            QCOMPARE(sink.finish(), expected);
            QCOMPARE(out.size(), expected.size());
            out.resize(0);
            sink.resume();
            sink += "tail";
            sink.append("\0x", 2); // a NUL byte is a byte like any other
        }
        QCOMPARE(out, QByteArray("tail\0x", 6));
    }
};

QTEST_GUILESS_MAIN(TestJsonWriting)
#include "tst_jsonwriting.moc"
