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
        QByteArray out;
        json::appendString(out, text);
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
        QByteArray out;
        json::appendEscapedBytes(out, bytes);
        const QString back = parsed(out).toString();
        QCOMPARE(back, escapeBytes(bytes));
        QCOMPARE(unescapeBytes(back), bytes);
    }

    void endpointsAndNumbers()
    {
        QByteArray out;
        json::appendEndpoint(out, Endpoint{0x7f000001u, 50500});
        QCOMPARE(parsed(out).toString(), QStringLiteral("127.0.0.1:50500"));
        QCOMPARE(Endpoint::fromString(parsed(out).toString()), Endpoint({0x7f000001u, 50500}));
        out.clear();
        json::appendEndpoint(out, Endpoint{0xffffffffu, 65535});
        QCOMPARE(parsed(out).toString(), Endpoint({0xffffffffu, 65535}).toString());

        for (const std::int64_t v :
             {std::int64_t(0), std::int64_t(-1), std::int64_t(42),
              std::numeric_limits<std::int64_t>::max(), std::numeric_limits<std::int64_t>::min()}) {
            out.clear();
            json::appendNumber(out, v);
            QCOMPARE(out, QByteArray::number(qint64(v)));
        }
    }
};

QTEST_GUILESS_MAIN(TestJsonWriting)
#include "tst_jsonwriting.moc"
