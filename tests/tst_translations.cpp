// ctest-label: ui
// German and Spanish are compiled in, load, and change what the user sees: menu titles, the
// Compare window, texts from core (the legend, model titles, actor words, errno texts), the
// bundled scenarios' titles and chapters. No string in translations/*.ts is unfinished, and
// the files are what an update (lupdate) makes of them, so an update loses no translation.
// SOCKSCOPE_SCREENSHOT_DIR set: also saves the German main and Compare windows there.
#include "analysis/blockedspans.h"
#include "analysis/eventtext.h"
#include "analysis/lanes.h"
#include "analysis/narration.h"
#include "analysis/sampletext.h"
#include "analysis/stateattime.h"
#include "analysis/synthetictrace.h"
#include "comparewindow.h"
#include "mainwindow.h"
#include "models/modelinfo.h"
#include "preferences.h"
#include "scenario/scenariolibrary.h"
#include "timelinepalette.h"
#include "timelineview.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <cerrno>

using namespace sockscope;

namespace {
QStringList menuTitles(const MainWindow &window)
{
    QStringList titles;
    for (QAction *action : window.menuBar()->actions())
        titles << action->text();
    return titles;
}
// One message of a .ts file: its context, its text, whether it is plural ("%n byte(s)") and
// whether its translation is finished.
struct TsMessage
{
    QString context;
    QString source;
    bool numerus = false;
    bool translated = false;
};

QList<TsMessage> readTs(const QString &path)
{
    QList<TsMessage> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            out.append({context, QString(),
                        xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")});
        } else if (xml.name() == QLatin1String("source") && !out.isEmpty()) {
            out.back().source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation") && !out.isEmpty()) {
            out.back().translated = xml.attributes().value(QLatin1String("type")).isEmpty();
        }
    }
    return out;
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

    // Scenario texts come from translations/scenarios_LANG.ts; names and clients do not change.
    void scenarioTexts_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("client");
        QTest::addColumn<QString>("zombie");
        QTest::newRow("de") << QStringLiteral("de")
                            << QStringLiteral("Ein langsamer Client hält alle auf")
                            << QStringLiteral("Client 3")
                            << QStringLiteral("Kind 30367 ist ein Zombie");
        QTest::newRow("es") << QStringLiteral("es")
                            << QStringLiteral("Un cliente lento retiene a todos")
                            << QStringLiteral("cliente 3")
                            << QStringLiteral("hijo 30367 es un zombi");
    }
    void scenarioTexts()
    {
        QFETCH(QString, language);
        QFETCH(QString, title);
        QFETCH(QString, client);
        QFETCH(QString, zombie);
        const QString name = QStringLiteral("one-slow-client");
        QStringList errors;
        const auto english = loadScenario(name, &errors);
        QVERIFY2(english, qPrintable(errors.join(QLatin1Char('\n'))));
        QCOMPARE(actorDisplayName(QStringLiteral("client 3")), QStringLiteral("client 3"));
        const QString refusedEnglish = eventtext::errnoText(ECONNREFUSED);

        QCOMPARE(installTranslation(language), language);
        const auto translated = loadScenario(name, &errors);
        QVERIFY(translated);
        QCOMPARE(translated->title, title);
        QVERIFY(translated->description != english->description);
        QCOMPARE(translated->chapters.size(), english->chapters.size());
        QVERIFY(!translated->chapters.empty());
        for (std::size_t i = 0; i < english->chapters.size(); ++i) {
            QVERIFY2(translated->chapters[i].text != english->chapters[i].text,
                     qPrintable(translated->chapters[i].text));
            QCOMPARE(translated->chapters[i].models, english->chapters[i].models);
        }
        QVERIFY(!translated->questions.empty());
        QVERIFY(translated->questions[0].question != english->questions[0].question);
        QVERIFY(translated->questions[0].choices != english->questions[0].choices);
        // What the run needs stays as written.
        QCOMPARE(translated->name, english->name);
        QCOMPARE(translated->config.clients[0].name, english->config.clients[0].name);
        // The picker's list shows the same title.
        bool listed = false;
        for (const ScenarioInfo &info : ScenarioLibrary::bundled())
            if (info.name == name) {
                QCOMPARE(info.title, title);
                listed = true;
            }
        QVERIFY(listed);
        // Lane words, whole-clause states, errno descriptions.
        QCOMPARE(actorDisplayName(QStringLiteral("client 3")), client);
        QCOMPARE(
            actorStateSentence(actorDisplayName(QStringLiteral("child 30367")), ActorState::Zombie),
            zombie);
        const QString refused = eventtext::errnoText(ECONNREFUSED);
        QVERIFY2(refused.startsWith(QLatin1String("ECONNREFUSED (")), qPrintable(refused));
        QVERIFY(refused != refusedEnglish);
    }

    // Every string of every .ts file has a translation: lupdate's (after
    // `cmake --build . --target update_translations`) and scripts/scenario-texts'.
    void noUnfinishedString()
    {
        const QDir dir(QStringLiteral(SOCKSCOPE_SOURCE_DIR "/translations"));
        const QStringList files = dir.entryList({QStringLiteral("*.ts")}, QDir::Files);
        QCOMPARE(files.size(), 5);
        for (const QString &name : files) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QXmlStreamReader xml(&file);
            QString source;
            QStringList unfinished;
            QStringList doubled; // a message holding two texts: lrelease keeps one of them
            int messages = 0;
            int sourcesInMessage = 0;
            while (!xml.atEnd()) {
                if (xml.readNext() != QXmlStreamReader::StartElement)
                    continue;
                if (xml.name() == QLatin1String("message")) {
                    sourcesInMessage = 0;
                } else if (xml.name() == QLatin1String("source")) {
                    source = xml.readElementText();
                    ++messages;
                    if (++sourcesInMessage == 2)
                        doubled << source;
                } else if (xml.name() == QLatin1String("translation") &&
                           xml.attributes().value(QLatin1String("type")) ==
                               QLatin1String("unfinished")) {
                    unfinished << source;
                }
            }
            QVERIFY2(!xml.hasError(), qPrintable(name + QLatin1String(": ") + xml.errorString()));
            // English holds only its plural forms.
            QVERIFY2(messages > (name == QLatin1String("sockscope_en.ts") ? 20 : 100),
                     qPrintable(name));
            QVERIFY2(doubled.isEmpty(), qPrintable(QStringLiteral("%1: a message with two texts, "
                                                                  "the second \"%2\"")
                                                       .arg(name, doubled.value(0))));
            QVERIFY2(unfinished.isEmpty(),
                     qPrintable(QStringLiteral("%1: %2 unfinished, e.g. \"%3\"")
                                    .arg(name)
                                    .arg(unfinished.size())
                                    .arg(unfinished.value(0))));
        }
    }

    // Every text the sources translate has a translation in German and Spanish: lupdate (the
    // tool behind `--target update_translations`) lists them, and each must be in the .ts file,
    // translated (under any context: the fallback translator bridges the core's contexts).
    void everySourceTextIsTranslated()
    {
        const QString extracted = extractedFromSources();
        if (extracted.isEmpty())
            QSKIP("lupdate is not installed (qt6-l10n-tools)");
        const QDir root(QStringLiteral(SOCKSCOPE_SOURCE_DIR));
        auto texts = [](const QString &path, bool translatedOnly) {
            QSet<QString> out;
            for (const TsMessage &m : readTs(path)) {
                if (!translatedOnly || m.translated)
                    out.insert(m.source);
            }
            return out;
        };
        // A plural message in the sources ("%n byte(s)", counted) is one in the .ts files, and
        // the other way round: a helper lupdate did not read as plural (tr(text, n)) would
        // lose its plural forms the next time the .ts files are updated.
        auto numerus = [](const QString &path) {
            QSet<QString> out;
            for (const TsMessage &m : readTs(path)) {
                if (m.numerus)
                    out.insert(m.source);
            }
            return out;
        };
        const QSet<QString> pluralInSources = numerus(extracted);
        const QSet<QString> pluralInGerman =
            numerus(root.filePath(QStringLiteral("translations/sockscope_de.ts")));
        QStringList notPlural =
            ((pluralInGerman - pluralInSources) + (pluralInSources - pluralInGerman)).values();
        notPlural.sort();
        QVERIFY2(notPlural.isEmpty(),
                 qPrintable(QStringLiteral("plural in the .ts, not as the sources say it: \"%1\"")
                                .arg(notPlural.value(0))));
        QVERIFY(pluralInSources.size() > 20);
        const QSet<QString> all = texts(extracted, false);
        QVERIFY2(all.size() > 500, qPrintable(QString::number(all.size())));
        for (const QString &language : {QStringLiteral("de"), QStringLiteral("es")}) {
            const QSet<QString> translated = texts(
                root.filePath(QStringLiteral("translations/sockscope_%1.ts").arg(language)), true);
            QStringList missing = (all - translated).values();
            missing.sort();
            QVERIFY2(
                missing.isEmpty(),
                qPrintable(QStringLiteral("%1: %2 of %3 texts have no translation, e.g. \"%4\"")
                               .arg(language)
                               .arg(missing.size())
                               .arg(all.size())
                               .arg(missing.value(0))));
        }
    }

    // The .ts files are what `--target update_translations` makes of them: each text under
    // the context lupdate gives it now, none that the sources no longer have. A text moved to
    // another class or namespace changes its context; an update then files it anew (its
    // translation copied but unfinished) and drops the old entry, and the code, which asks
    // under its own context, finds it only if the fallback translator (ui/preferences.cpp)
    // knows the new context. Failing here, run the update, check those texts, and add the
    // context there.
    void translationsAreWhatAnUpdateMakes_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("es") << QStringLiteral("es");
    }
    void translationsAreWhatAnUpdateMakes()
    {
        QFETCH(QString, language);
        const QString extracted = extractedFromSources();
        if (extracted.isEmpty())
            QSKIP("lupdate is not installed (qt6-l10n-tools)");
        auto entries = [](const QString &path) {
            QSet<QString> out; // "context: source"
            for (const TsMessage &m : readTs(path))
                out.insert(m.context + QLatin1String(": ") + m.source);
            return out;
        };
        const QSet<QString> fromSources = entries(extracted);
        QVERIFY(fromSources.size() > 500);
        const QSet<QString> inFile = entries(
            QStringLiteral(SOCKSCOPE_SOURCE_DIR "/translations/sockscope_%1.ts").arg(language));
        QStringList filedAnew = (fromSources - inFile).values();
        QStringList dropped = (inFile - fromSources).values();
        filedAnew.sort();
        dropped.sort();
        // One arg() for all: a text's own "%1" must not take the next argument.
        QVERIFY2(
            filedAnew.isEmpty() && dropped.isEmpty(),
            qPrintable(QStringLiteral("sockscope_%1.ts is not what an update makes: %2 "
                                      "texts it would file anew (e.g. \"%3\"), %4 it would "
                                      "drop (e.g. \"%5\")")
                           .arg(language, QString::number(filedAnew.size()), filedAnew.value(0),
                                QString::number(dropped.size()), dropped.value(0))));
    }

    // English says "1 byte" and "2 bytes" where the sources say "%n byte(s)": every plural
    // message with a "(s)" that German translates has its English forms too.
    void englishPluralForms()
    {
        auto numerusSources = [](const QString &path) {
            QFile file(path);
            QSet<QString> sources;
            if (!file.open(QIODevice::ReadOnly))
                return sources;
            QXmlStreamReader xml(&file);
            bool numerus = false;
            while (!xml.atEnd()) {
                if (xml.readNext() != QXmlStreamReader::StartElement)
                    continue;
                if (xml.name() == QLatin1String("message"))
                    numerus =
                        xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                else if (xml.name() == QLatin1String("source") && numerus) {
                    const QString source = xml.readElementText();
                    if (source.contains(QLatin1String("(s)")))
                        sources.insert(source);
                }
            }
            return sources;
        };
        const QString dir = QStringLiteral(SOCKSCOPE_SOURCE_DIR "/translations/");
        const QSet<QString> german = numerusSources(dir + QStringLiteral("sockscope_de.ts"));
        const QSet<QString> english = numerusSources(dir + QStringLiteral("sockscope_en.ts"));
        QVERIFY(german.size() > 20);
        QCOMPARE(english, german);

        QCOMPARE(installTranslation(QStringLiteral("en")), QStringLiteral("en"));
        auto bytes = [](int n) {
            return QCoreApplication::translate("sockscope::eventtext", "%n byte(s)", nullptr, n);
        };
        QCOMPARE(bytes(1), QStringLiteral("1 byte"));
        QCOMPARE(bytes(2), QStringLiteral("2 bytes"));
        QCOMPARE(bytes(0), QStringLiteral("0 bytes"));
        // The narration's own plural sentences, under their context.
        const QString waiting = QCoreApplication::translate(
            "Narration",
            "%n connection(s) already waiting in the accept queue, so accept() returns at once "
            "without blocking.",
            nullptr, 1);
        QVERIFY2(waiting.startsWith(QLatin1String("1 connection already waiting")),
                 qPrintable(waiting));
    }

    // translations/scenarios_LANG.ts hold exactly the bundled scenarios' current texts: a
    // chapter changed without running scripts/scenario-texts would show English.
    void scenarioCatalogueUpToDate()
    {
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        if (python.isEmpty())
            QSKIP("python3 is not installed");
        QProcess script;
        script.start(python, {QStringLiteral(SOCKSCOPE_SOURCE_DIR "/scripts/scenario-texts"),
                              QStringLiteral("--check")});
        QVERIFY(script.waitForFinished(60000));
        QVERIFY2(script.exitStatus() == QProcess::NormalExit && script.exitCode() == 0,
                 script.readAllStandardError().constData());
    }

    // What the core says about a run (the narration, why a call waits, the lanes' titles, the
    // actors' states, an errno, a TCP state) in the language chosen, not in English: each
    // text is looked up under the context lupdate filed it under.
    void coreTextsAreTranslated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("es") << QStringLiteral("es");
    }

    void coreTextsAreTranslated()
    {
        QFETCH(QString, language);
        const std::vector<Trace> traces{synthetic::threadedThreeClients(),
                                        synthetic::forkingWithZombies(), synthetic::selectLoop()};
        auto texts = [&] {
            QStringList out;
            for (const Trace &trace : traces) {
                for (qsizetype i = 0; i < trace.size(); ++i)
                    out << narrate(trace, i);
                for (const BlockedSpan &span : findBlockedSpans(trace))
                    out << whyItWaits(trace, span);
                for (const Actor &actor : trace.actors())
                    out << laneTitle(actor);
            }
            out << actorStateSentence(QStringLiteral("main"), ActorState::Blocked)
                << actorStateSentence(QStringLiteral("main"), ActorState::Exited)
                << eventtext::errnoText(ECONNREFUSED)
                << eventtext::tcpStateMeaning(TcpState::TimeWait)
                // Texts once missing from the .ts files, as the code asks for them.
                << QCoreApplication::translate("Narration", "another thread")
                << QCoreApplication::translate("ScenarioLoader", "at most %1 bytes")
                << QCoreApplication::translate(
                       "WaitReason",
                       "room in fd %1's send buffer: the client must read its replies")
                << QCoreApplication::translate("sockscope::OutputFile", "no file name given");
            return out;
        };
        QCOMPARE(installTranslation(QStringLiteral("en")), QStringLiteral("en"));
        const QStringList english = texts();
        QCOMPARE(installTranslation(language), language);
        const QStringList translated = texts();
        QCOMPARE(translated.size(), english.size());
        QStringList same;
        for (qsizetype i = 0; i < english.size(); ++i) {
            // A name that is a name in every language ("client 1") may stay.
            if (translated[i] == english[i] && english[i].contains(QLatin1Char(' ')) &&
                !english[i].startsWith(QLatin1String("client ")) &&
                !english[i].startsWith(QLatin1String("worker ")) &&
                !english[i].startsWith(QLatin1String("child ")))
                same << english[i];
        }
        QVERIFY2(same.isEmpty(), qPrintable(QStringLiteral("%1 of %2 texts in English, e.g. \"%3\"")
                                                .arg(same.size())
                                                .arg(english.size())
                                                .arg(same.value(0))));
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

private:
    // What lupdate finds in ui/, app/ and core/ (the sources `--target update_translations`
    // reads, with its options), as a .ts file of its own; extracted once. Empty without
    // lupdate.
    QString extractedFromSources()
    {
        if (!m_extracted.isEmpty() || !m_work.isValid())
            return m_extracted;
        const QString lupdate =
            QLibraryInfo::path(QLibraryInfo::BinariesPath) + QStringLiteral("/lupdate");
        if (!QFileInfo(lupdate).isExecutable())
            return {};
        const QDir root(QStringLiteral(SOCKSCOPE_SOURCE_DIR));
        QStringList sources;
        for (const QString &dir :
             {QStringLiteral("ui"), QStringLiteral("app"), QStringLiteral("core")}) {
            QDirIterator it(root.filePath(dir), {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                            QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                sources << it.next();
        }
        if (sources.size() <= 100)
            qFatal("only %d sources found under %s", int(sources.size()), SOCKSCOPE_SOURCE_DIR);
        QFile list(m_work.filePath(QStringLiteral("sources.txt")));
        if (!list.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(list.fileName()));
        list.write(sources.join(QLatin1Char('\n')).toUtf8());
        list.close();
        const QString extracted = m_work.filePath(QStringLiteral("all.ts"));
        QProcess run;
        run.start(lupdate, {QStringLiteral("-silent"), QStringLiteral("-no-obsolete"),
                            QStringLiteral("-locations"), QStringLiteral("none"),
                            QLatin1Char('@') + list.fileName(), QStringLiteral("-ts"), extracted});
        if (!run.waitForFinished(120000) || run.exitStatus() != QProcess::NormalExit ||
            run.exitCode() != 0)
            qFatal("lupdate failed: %s", run.readAllStandardError().constData());
        m_extracted = extracted;
        return m_extracted;
    }

    QTemporaryDir m_work;
    QString m_extracted;
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
