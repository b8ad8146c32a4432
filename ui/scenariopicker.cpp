#include "scenariopicker.h"

#include "scenario/scenariolibrary.h"
#include "scenario/userscenarios.h"

#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QSettings>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sockscope {

namespace {
constexpr int kNameRole = Qt::UserRole + 1;
constexpr int kModelsRole = Qt::UserRole + 2;
constexpr int kDefaultModelRole = Qt::UserRole + 3;
constexpr int kDescriptionRole = Qt::UserRole + 4;
const QString kRememberedKey = QStringLiteral("scenarios/remembered");

// The first sentence, for the one-line column.
QString firstSentence(const QString &text)
{
    const qsizetype end = text.indexOf(QLatin1String(". "));
    return end < 0 ? text : text.left(end + 1);
}

QList<ScenarioInfo> catalogue()
{
    QList<ScenarioInfo> list = ScenarioLibrary::bundled();
    if (list.isEmpty()) {
        // Without bundled files, the built-in scenario the command line knows.
        ScenarioInfo builtIn;
        builtIn.name = QStringLiteral("three-clients");
        builtIn.title = ScenarioPicker::tr("Three clients");
        builtIn.topic = ScenarioPicker::tr("concurrency models");
        builtIn.description = ScenarioPicker::tr(
            "Three clients connect at once, each sends one line after 300 ms and reads the reply.");
        builtIn.defaultModel = QStringLiteral("threaded");
        list << builtIn;
    }
    return list;
}
} // namespace

ScenarioPicker::ScenarioPicker(QWidget *parent)
    : QWidget(parent), m_tree(new QTreeWidget(this)), m_description(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Scenario"), tr("What it shows")});
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    layout->addWidget(m_tree, 1);
    m_description->setWordWrap(true);
    m_description->setTextFormat(Qt::PlainText); // a teacher's file is text, not HTML
    m_description->setMinimumHeight(60);
    m_description->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    layout->addWidget(m_description);
    populate();
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &ScenarioPicker::onCurrentChanged);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString name = item->data(0, kNameRole).toString();
        if (!name.isEmpty())
            Q_EMIT scenarioActivated(name);
    });
}

void ScenarioPicker::populate()
{
    m_tree->clear();
    QMap<QString, QTreeWidgetItem *> topics;
    QList<QTreeWidgetItem *> order;
    for (const ScenarioInfo &info : catalogue()) {
        const QString topic = info.topic.isEmpty() ? tr("other") : info.topic;
        QTreeWidgetItem *parent = topics.value(topic);
        if (!parent) {
            parent = new QTreeWidgetItem(m_tree, {topic});
            QFont bold = parent->font(0);
            bold.setBold(true);
            parent->setFont(0, bold);
            parent->setFlags(Qt::ItemIsEnabled);
            parent->setFirstColumnSpanned(true);
            topics.insert(topic, parent);
        }
        auto *item = new QTreeWidgetItem(parent, {info.title, firstSentence(info.description)});
        item->setData(0, kNameRole, info.name);
        item->setData(0, kModelsRole, info.models);
        item->setData(0, kDefaultModelRole, info.defaultModel);
        item->setData(0, kDescriptionRole, info.description);
    }
    populateMine();
    m_tree->expandAll();
}

void ScenarioPicker::populateMine()
{
    const QStringList remembered = QSettings().value(kRememberedKey).toStringList();
    const std::vector<UserScenario> mine = userScenarios(remembered);
    if (mine.empty())
        return;
    auto *group = new QTreeWidgetItem(m_tree, {tr("My scenarios")});
    QFont bold = group->font(0);
    bold.setBold(true);
    group->setFont(0, bold);
    group->setFlags(Qt::ItemIsEnabled);
    group->setFirstColumnSpanned(true);
    group->setToolTip(0, tr("Scenario files in %1 and the ones you opened")
                             .arg(QDir::toNativeSeparators(userScenarioFolder())));
    for (const UserScenario &entry : mine) {
        const QString file = QFileInfo(entry.path).fileName();
        if (!entry.info) {
            // Listed, with what is wrong, but not loadable: no name to run.
            auto *item = new QTreeWidgetItem(group, {file, tr("This scenario has problems")});
            item->setData(0, kDescriptionRole, entry.problems.join(QLatin1Char('\n')));
            item->setForeground(1, QBrush(Qt::red));
            item->setToolTip(0, entry.path);
            continue;
        }
        auto *item =
            new QTreeWidgetItem(group, {entry.info->title, firstSentence(entry.info->description)});
        item->setData(0, kNameRole, entry.path);
        item->setData(0, kModelsRole, entry.info->models);
        item->setData(0, kDefaultModelRole, entry.info->defaultModel);
        item->setData(0, kDescriptionRole, entry.info->description);
        item->setToolTip(0, entry.path);
    }
}

void ScenarioPicker::rememberScenario(const QString &path)
{
    QSettings settings;
    settings.setValue(kRememberedKey, sockscope::rememberScenario(
                                          settings.value(kRememberedKey).toStringList(), path));
    const QString current = currentScenario();
    {
        const QSignalBlocker quiet(m_tree); // the same scenario stays chosen: no change to say
        populate();
        setCurrentScenario(current);
    }
    const QTreeWidgetItem *item = m_tree->currentItem();
    m_description->setText(item ? item->data(0, kDescriptionRole).toString() : QString());
}

void ScenarioPicker::onCurrentChanged()
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    const QString name = item ? item->data(0, kNameRole).toString() : QString();
    m_description->setText(item ? item->data(0, kDescriptionRole).toString() : QString());
    if (!name.isEmpty())
        Q_EMIT scenarioChanged(name);
}

QString ScenarioPicker::currentScenario() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item ? item->data(0, kNameRole).toString() : QString();
}

bool ScenarioPicker::setCurrentScenario(const QString &name)
{
    // A user's scenario is listed by its absolute path.
    const QFileInfo file(name);
    const QString path = file.isFile() ? file.absoluteFilePath() : name;
    for (int t = 0; t < m_tree->topLevelItemCount(); ++t) {
        QTreeWidgetItem *topic = m_tree->topLevelItem(t);
        for (int i = 0; i < topic->childCount(); ++i) {
            const QString listed = topic->child(i)->data(0, kNameRole).toString();
            if (!listed.isEmpty() && (listed == name || listed == path)) {
                m_tree->setCurrentItem(topic->child(i));
                return true;
            }
        }
    }
    return false;
}

void ScenarioPicker::clearSelection()
{
    m_tree->setCurrentItem(nullptr);
    m_tree->clearSelection();
    m_description->clear();
}

QStringList ScenarioPicker::scenarioNames() const
{
    QStringList names;
    for (int t = 0; t < m_tree->topLevelItemCount(); ++t) {
        const QTreeWidgetItem *topic = m_tree->topLevelItem(t);
        for (int i = 0; i < topic->childCount(); ++i) {
            const QString name = topic->child(i)->data(0, kNameRole).toString();
            if (!name.isEmpty()) // a user's file with problems has none
                names << name;
        }
    }
    return names;
}

QStringList ScenarioPicker::modelsOf(const QString &name) const
{
    for (int t = 0; t < m_tree->topLevelItemCount(); ++t) {
        const QTreeWidgetItem *topic = m_tree->topLevelItem(t);
        for (int i = 0; i < topic->childCount(); ++i) {
            if (topic->child(i)->data(0, kNameRole).toString() == name)
                return topic->child(i)->data(0, kModelsRole).toStringList();
        }
    }
    return {};
}

QString ScenarioPicker::defaultModelOf(const QString &name) const
{
    for (int t = 0; t < m_tree->topLevelItemCount(); ++t) {
        const QTreeWidgetItem *topic = m_tree->topLevelItem(t);
        for (int i = 0; i < topic->childCount(); ++i) {
            if (topic->child(i)->data(0, kNameRole).toString() == name)
                return topic->child(i)->data(0, kDefaultModelRole).toString();
        }
    }
    return {};
}

} // namespace sockscope
