#pragma once

#include <QString>
#include <QStringList>
#include <QWidget>

class QLabel;
class QTreeWidget;

namespace sockscope {

// The bundled scenarios grouped by topic: a title and a one-line description each, and the
// whole description of the chosen one underneath.
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

Q_SIGNALS:
    void scenarioChanged(const QString &name);
    void scenarioActivated(const QString &name); // double click / Enter: start it

private:
    void populate();
    void onCurrentChanged();

    QTreeWidget *m_tree;
    QLabel *m_description;
};

} // namespace sockscope
