// ctest-label: ui
// The user's own scenarios: files in the scenario folder under the user's data location and
// files the user opened are listed under "My scenarios" in the picker, checked like bundled
// ones (a file with problems is listed with the same messages loadScenario gives, and cannot
// be chosen to run), and remembered across windows.
#include "scenario/scenariolibrary.h"
#include "scenario/userscenarios.h"
#include "scenariopicker.h"

#include <QDir>
#include <QFile>
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
