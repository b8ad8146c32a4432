// ctest-label: ui
// Handouts: `sockscope-cli handout` runs one-slow-client under sequential and writes a PDF with
// a page per chapter the run reached and a last page of answers; poppler's pdftoppm renders
// every page, and none is blank. Bad arguments are usage errors; nothing is left half-written.
#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "processtestkit.h"

namespace {

using namespace processtest;

// The share of pixels that are not (nearly) white.
double inkedShare(const QImage &image)
{
    qint64 inked = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QRgb c = image.pixel(x, y);
            if (qRed(c) < 235 || qGreen(c) < 235 || qBlue(c) < 235)
                ++inked;
        }
    }
    return double(inked) / double(qint64(image.width()) * image.height());
}

} // namespace

class TestHandout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(cli()), "SOCKSCOPE_CLI must name sockscope-cli");
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty(),
                 "pdftoppm (poppler-utils) is needed: scripts/setup installs it");
    }

    void oneSlowClientHandoutRenders()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString pdf = dir.filePath(QStringLiteral("slow.pdf"));
        const Result r = run(cli(), {QStringLiteral("handout"), QStringLiteral("--scenario"),
                                     QStringLiteral("one-slow-client"), QStringLiteral("--model"),
                                     QStringLiteral("sequential"), pdf});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(QFile::exists(pdf));

        // Every page drawn by poppler: five chapters reach the sequential run (waiting in
        // accept, client 1 is in, client 2 knocks, client 2 is accepted, client 1 speaks; the
        // scenario's expect checks guarantee each event), then the answers.
        const Result rendered =
            run(QStringLiteral("pdftoppm"),
                {QStringLiteral("-r"), QStringLiteral("30"), QStringLiteral("-png"), pdf,
                 dir.filePath(QStringLiteral("p"))});
        QVERIFY2(rendered.exitCode == 0, qPrintable(rendered.err));
        const QStringList pages =
            QDir(dir.path()).entryList({QStringLiteral("p-*.png")}, QDir::Files, QDir::Name);
        QCOMPARE(pages.size(), 6);
        for (const QString &page : pages) {
            QImage image(dir.filePath(page));
            QVERIFY2(!image.isNull(), qPrintable(page));
            QVERIFY2(image.width() > image.height(), "A4 landscape");
            const double share = inkedShare(image);
            QVERIFY2(share > 0.01,
                     qPrintable(QStringLiteral("%1 is blank (%2 inked)").arg(page).arg(share)));
        }
        // The chapter pages carry a timeline, the answers page only text: it has less ink.
        QVERIFY(inkedShare(QImage(dir.filePath(pages.constLast()))) <
                inkedShare(QImage(dir.filePath(pages.constFirst()))));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("said");
        QTest::newRow("no output")
            << words("handout --scenario three-clients") << 2 << QStringLiteral("OUT.pdf");
        QTest::newRow("no scenario")
            << words("handout out.pdf") << 2 << QStringLiteral("--scenario");
        QTest::newRow("unknown option")
            << words("handout --bogus x out.pdf") << 2 << QStringLiteral("'--bogus'");
        QTest::newRow("unknown scenario") << words("handout --scenario no-such-lesson out.pdf") << 1
                                          << QStringLiteral("no-such-lesson");
        QTest::newRow("wrong model") << words("handout --scenario zombies --model select out.pdf")
                                     << 1 << QStringLiteral("not made for model 'select'");
        QTest::newRow("unwritable output")
            << words("handout --scenario three-clients /no/such/dir/out.pdf") << 2
            << QStringLiteral("nothing was run");
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, status);
        QFETCH(QString, said);
        QTemporaryDir dir;
        QProcess p;
        p.setWorkingDirectory(dir.path());
        p.start(cli(), args);
        QVERIFY(p.waitForFinished(kBoundMs));
        QCOMPARE(p.exitCode(), status);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains(said), qPrintable(err));
        QVERIFY2(!QFile::exists(dir.filePath(QStringLiteral("out.pdf"))), "nothing is written");
    }
};

QTEST_GUILESS_MAIN(TestHandout)
#include "tst_handout.moc"
