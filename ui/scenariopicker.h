#pragma once

#include <QString>
#include <QStringList>
#include <QWidget>

class QLabel;
class QTreeWidget;

namespace sockscope {

// The bundled scenarios grouped by topic: a title and a one-line description each, and the
// whole description of the chosen one underneath. Last, "My scenarios": the files in the
// user's scenario folder and the scenario files the user opened (userscenarios.h), named by
// their path; one with problems is listed with them in place of its description.
class ScenarioPicker : public QWidget
{
    Q_OBJECT
public:
    explicit ScenarioPicker(QWidget *parent = nullptr);

    QString currentScenario() const;
    bool setCurrentScenario(const QString &name);
    // No scenario chosen (a trace from elsewhere is shown).
    void clearSelection();
    QStringList scenarioNames() const;
    // The models the scenario was written for (empty: any).
    QStringList modelsOf(const QString &name) const;
    QString defaultModelOf(const QString &name) const;

    // Lists the scenario file under "My scenarios" from now on (kept in the settings).
    void rememberScenario(const QString &path);
    // Reads the user's folder again.
    void refresh() { populate(); }

Q_SIGNALS:
    void scenarioChanged(const QString &name);
    void scenarioActivated(const QString &name); // double click / Enter: start it

private:
    void populate();
    void populateMine();
    void onCurrentChanged();

    QTreeWidget *m_tree;
    QLabel *m_description;
};

} // namespace sockscope
