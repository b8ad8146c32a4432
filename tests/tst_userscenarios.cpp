// ctest-label: ui
// The user's own scenarios: files in the scenario folder under the user's data location and
// files the user opened are listed under "My scenarios" in the picker, checked like bundled
// ones (a file with problems is listed with the same messages loadScenario gives, and cannot
// be chosen to run), and remembered across windows.
#include "mainwindow.h"
#include "mainwindowactions.h"
#include "scenario/scenariolibrary.h"
#include "scenario/userscenarios.h"
#include "scenariopicker.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <algorithm>

using namespace sockscope;

namespace {

// "a b c" as {"a", "b", "c"} (test data without QT_NO_CAST_FROM_ASCII's noise).
QStringList words(const char *text)
{
    return QString::fromLatin1(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

const QByteArray kValid = R"({
  "name": "my-lesson",
  "title": "My own lesson",
  "topic": "blocking",
  "description": "Client 1 waits. Nothing else happens.",
  "models": ["sequential", "threaded"],
  "default_model": "threaded",
  "clients": [ { "steps": ["connect", "close"] } ]
})";

// "threads" is no model: the loader says so with line and column.
const QByteArray kBroken = R"({
  "name": "broken",
  "title": "Broken",
  "topic": "blocking",
  "description": "A typo.",
  "models": ["threads"],
  "clients": [ { "steps": ["connect"] } ]
})";

bool write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QTreeWidgetItem *group(QTreeWidget *tree, const QString &title)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->text(0) == title)
            return tree->topLevelItem(i);
    }
    return nullptr;
}

} // namespace

class TestUserScenarios : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SockScopeTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_userscenarios"));
    }
    void init()
    {
        QDir(userScenarioFolder()).removeRecursively();
        QSettings().remove(QStringLiteral("scenarios/remembered"));
    }
    void cleanupTestCase()
    {
        QDir(userScenarioFolder()).removeRecursively();
        QSettings().remove(QStringLiteral("scenarios/remembered"));
    }

    void folderIsUnderTheUsersDataLocation()
    {
        QVERIFY(userScenarioFolder().startsWith(
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
        QVERIFY(userScenarioFolder().endsWith(QLatin1String("/scenarios")));
    }

    void noUserScenariosNoGroup()
    {
        ScenarioPicker picker;
        QVERIFY(!group(picker.findChild<QTreeWidget *>(), ScenarioPicker::tr("My scenarios")));
    }

    void folderFilesAreListedAndCheckedLikeBundledOnes()
    {
        QVERIFY(QDir().mkpath(userScenarioFolder()));
        const QString valid = userScenarioFolder() + QStringLiteral("/my-lesson.json");
        const QString broken = userScenarioFolder() + QStringLiteral("/broken.json");
        QVERIFY(write(valid, kValid));
        QVERIFY(write(broken, kBroken));

        ScenarioPicker picker;
        auto *tree = picker.findChild<QTreeWidget *>();
        QTreeWidgetItem *mine = group(tree, ScenarioPicker::tr("My scenarios"));
        QVERIFY(mine);
        QCOMPARE(tree->indexOfTopLevelItem(mine), tree->topLevelItemCount() - 1); // last
        QCOMPARE(mine->childCount(), 2);
        // By file name: broken.json, then my-lesson.json.
        QCOMPARE(mine->child(0)->text(0), QStringLiteral("broken.json"));
        QCOMPARE(mine->child(1)->text(0), QStringLiteral("My own lesson"));

        // The valid one runs by its path, with its own models.
        QVERIFY(picker.scenarioNames().contains(valid));
        QCOMPARE(picker.modelsOf(valid), (words("sequential threaded")));
        QCOMPARE(picker.defaultModelOf(valid), QStringLiteral("threaded"));
        QSignalSpy changed(&picker, &ScenarioPicker::scenarioChanged);
        QVERIFY(picker.setCurrentScenario(valid));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toString(), valid);
        QCOMPARE(picker.currentScenario(), valid);

        // The broken one: listed with exactly the loader's messages, and nothing to run.
        QStringList expected;
        QVERIFY(!loadScenario(broken, &expected));
        QVERIFY(!expected.isEmpty());
        QVERIFY2(expected.join(QLatin1Char('\n')).contains(QLatin1String("did you mean")),
                 qPrintable(expected.join(QLatin1Char('\n'))));
        tree->setCurrentItem(mine->child(0));
        QCOMPARE(changed.size(), 1); // no scenario to switch to
        const auto labels = picker.findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.begin(), labels.end(), [&](const QLabel *label) {
            return label->text() == expected.join(QLatin1Char('\n'));
        }));
        QVERIFY(!picker.scenarioNames().contains(QString()));
    }

    void openedFilesAreRemembered()
    {
        QTemporaryDir elsewhere;
        QVERIFY(elsewhere.isValid());
        const QString path = elsewhere.filePath(QStringLiteral("lesson.json"));
        QVERIFY(write(path, kValid));
        {
            ScenarioPicker picker;
            QVERIFY(!picker.setCurrentScenario(path));
            picker.rememberScenario(path);
            QVERIFY(picker.setCurrentScenario(path));
        }
        // A new window (the next start) still lists it; a file that is gone is not.
        ScenarioPicker again;
        QVERIFY(again.scenarioNames().contains(path));
        QVERIFY(QFile::remove(path));
        again.refresh();
        QVERIFY(!again.scenarioNames().contains(path));
    }

    // "Save scenario as": a bundled lesson copied byte for byte into the folder is listed under
    // "My scenarios" and loads; a second copy gets a new name; a name from a stranger's file
    // cannot leave the folder; a target that cannot be written says where and keeps nothing.
    void savedCopiesAreListedAndLoad()
    {
        QVERIFY(QDir().mkpath(userScenarioFolder()));
        const QString first = proposedScenarioCopyPath(QStringLiteral("three-clients"));
        QCOMPARE(first, userScenarioFolder() + QStringLiteral("/three-clients.json"));
        QString error;
        QVERIFY2(saveScenarioCopy(QStringLiteral("three-clients"), first, &error),
                 qPrintable(error));
        QFile bundled(ScenarioLibrary::bundledPath(QStringLiteral("three-clients")));
        QFile copy(first);
        QVERIFY(bundled.open(QIODevice::ReadOnly) && copy.open(QIODevice::ReadOnly));
        QCOMPARE(copy.readAll(), bundled.readAll());
        QStringList problems;
        QVERIFY(loadScenario(first, &problems));
        QCOMPARE(proposedScenarioCopyPath(QStringLiteral("three-clients")),
                 userScenarioFolder() + QStringLiteral("/three-clients-2.json"));
        ScenarioPicker picker;
        QVERIFY(picker.scenarioNames().contains(first));

        QCOMPARE(QFileInfo(proposedScenarioCopyPath(QStringLiteral("../../etc/x"))).path(),
                 userScenarioFolder());
        QVERIFY(!QFileInfo(proposedScenarioCopyPath(QStringLiteral(".hidden")))
                     .fileName()
                     .startsWith(u'.'));

        const QString nowhere = userScenarioFolder() + QStringLiteral("/no/such/dir/x.json");
        QVERIFY(!saveScenarioCopy(QStringLiteral("three-clients"), nowhere, &error));
        QVERIFY2(error.contains(nowhere) || error.contains(QStringLiteral("/no/such/dir")),
                 qPrintable(error));
        QVERIFY(!QFileInfo::exists(nowhere));
        QVERIFY(!saveScenarioCopy(QStringLiteral("no-such-lesson"), first + QStringLiteral("x"),
                                  &error));
        QVERIFY(error.contains(QStringLiteral("no-such-lesson")));
    }

    // File › Save scenario as…, without its dialog: the window's picker lists the copy at once
    // and the chosen scenario stays chosen.
    void windowSavesACopyAndListsIt()
    {
        MainWindow::Options options;
        options.restoreSettings = false;
        MainWindow window(options);
        QVERIFY(window.selectScenario(QStringLiteral("one-slow-client")));
        QVERIFY(QDir().mkpath(userScenarioFolder()));
        const QString path = proposedScenarioCopyPath(QStringLiteral("one-slow-client"));
        QVERIFY(window.actions()->saveScenarioCopy(path));
        QVERIFY(window.scenarioPicker()->scenarioNames().contains(path));
        QCOMPARE(window.currentScenario(), QStringLiteral("one-slow-client"));
        QStringList problems;
        QVERIFY(loadScenario(path, &problems));
    }

    void rememberingKeepsTheNewestFirstAndNoTwice()
    {
        QStringList list;
        for (int i = 0; i < kMaxRememberedScenarios + 5; ++i)
            list = rememberScenario(list, QStringLiteral("/tmp/s%1.json").arg(i));
        QCOMPARE(list.size(), kMaxRememberedScenarios);
        QCOMPARE(list.constFirst(),
                 QStringLiteral("/tmp/s%1.json").arg(kMaxRememberedScenarios + 4));
        list = rememberScenario(list, QStringLiteral("/tmp/s10.json"));
        QCOMPARE(list.constFirst(), QStringLiteral("/tmp/s10.json"));
        QCOMPARE(list.count(QStringLiteral("/tmp/s10.json")), 1);
    }
};

QTEST_MAIN(TestUserScenarios)
#include "tst_userscenarios.moc"
