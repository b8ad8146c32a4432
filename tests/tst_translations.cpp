// ctest-label: ui
// German and Spanish are compiled in, load, and change what the user sees: menu titles, the
// Compare window, texts from core (the legend, model titles). SOCKSCOPE_SCREENSHOT_DIR set:
// also saves the German main and Compare windows there.
#include "comparewindow.h"
#include "mainwindow.h"
#include "models/modelinfo.h"
#include "preferences.h"
#include "timelinepalette.h"
#include "timelineview.h"

#include <QDir>
#include <QFile>
#include <QMenuBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>

using namespace sockscope;

namespace {
QStringList menuTitles(const MainWindow &window)
{
    QStringList titles;
    for (QAction *action : window.menuBar()->actions())
        titles << action->text();
    return titles;
}
} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { installTranslation(QStringLiteral("en")); }

    void compiledIn_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("es") << QStringLiteral("es");
    }
    void compiledIn()
    {
        QFETCH(QString, language);
        const QString path = QStringLiteral(":/i18n/sockscope_%1.qm").arg(language);
        QVERIFY2(QFile::exists(path), qPrintable(path));
        QTranslator translator;
        QVERIFY(translator.load(path));
        QVERIFY(!translator.isEmpty());
        QCOMPARE(translator.language().left(2), language);
    }

    void changesVisibleText_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("help");
        QTest::addColumn<QString>("legend");
        QTest::addColumn<QString>("sequential");
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("&Datei")
                            << QStringLiteral("&Hilfe") << QStringLiteral("wartet in accept()")
                            << QStringLiteral("Sequenziell");
        QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("&Archivo")
                            << QStringLiteral("A&yuda") << QStringLiteral("espera en accept()")
                            << QStringLiteral("Secuencial");
    }
    void changesVisibleText()
    {
        QFETCH(QString, language);
        QFETCH(QString, file);
        QFETCH(QString, help);
        QFETCH(QString, legend);
        QFETCH(QString, sequential);

        MainWindow::Options options;
        options.restoreSettings = false;
        {
            MainWindow english(options);
            QCOMPARE(menuTitles(english).constFirst(), QStringLiteral("&File"));
        }
        QCOMPARE(installTranslation(language), language);
        MainWindow window(options);
        const QStringList titles = menuTitles(window);
        QCOMPARE(titles.constFirst(), file);
        QVERIFY2(titles.contains(help), qPrintable(titles.join(QLatin1Char(' '))));
        // Strings from core, looked up under the context lupdate gave them.
        QCOMPARE(TimelinePalette().legend().front().text, legend);
        QCOMPARE(QCoreApplication::translate("Models", "Sequential"), sequential);

        CompareWindow compare;
        QVERIFY(compare.windowTitle() != QStringLiteral("Compare models — SockScope"));

        const QString dir = qEnvironmentVariable("SOCKSCOPE_SCREENSHOT_DIR");
        if (!dir.isEmpty() && language == QLatin1String("de")) {
            window.resize(1600, 1000);
            window.show();
            QVERIFY(window.selectScenario(QStringLiteral("three-clients")));
            QVERIFY(window.selectModel(QStringLiteral("select")));
            QVERIFY(window.startRun());
            QTRY_VERIFY_WITH_TIMEOUT(!window.isRunning(), 30000);
            window.jumpFirst();
            for (int i = 0; i < 12; ++i)
                window.stepNext();
            QTest::qWait(200);
            QVERIFY(window.grab().save(QDir(dir).filePath(QStringLiteral("main-de.png"))));

            compare.resize(1600, 1000);
            compare.show();
            QVERIFY(compare.setScenario(QStringLiteral("three-clients")));
            QVERIFY(compare.setModels({QStringLiteral("sequential"), QStringLiteral("threaded"),
                                       QStringLiteral("forking")}));
            QVERIFY(compare.start());
            QTRY_VERIFY_WITH_TIMEOUT(!compare.isRunning(), 30000);
            QTest::qWait(200);
            QVERIFY(compare.grab().save(QDir(dir).filePath(QStringLiteral("compare-de.png"))));
        }
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
