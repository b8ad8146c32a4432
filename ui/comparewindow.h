#pragma once

#include "analysis/summary.h"
#include "trace/trace.h"

#include <QTimer>
#include <QWidget>

#include <memory>
#include <vector>

class QCheckBox;
class QGridLayout;
class QComboBox;
class QLabel;
class QPushButton;
class QScrollArea;
class QTableWidget;

namespace sockscope {

class Run;
class TimelineLegend;
class TimelineView;
class TraceDocument;

// One scenario under two to four models at once, each run on its own port: their timelines
// stacked on one time axis (zooming or panning one moves all), and the metrics side by side.
class CompareWindow : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kMinModels = 2;
    static constexpr int kMaxModels = 4;
    static constexpr int kMinLaneHeight = 160; // a run's timeline before its lanes are known

    explicit CompareWindow(QWidget *parent = nullptr);
    ~CompareWindow() override;

    // A bundled scenario's name or a scenario file. False when it cannot be loaded.
    bool setScenario(const QString &nameOrFile);
    QString scenario() const;
    // Ticks these models (2 to 4 that the scenario fits) and unticks the rest.
    bool setModels(const QStringList &models);
    QStringList models() const;
    // Where the servers listen (Preferences; loopback unless the user confirmed otherwise).
    void setBindAddress(const QString &address) { m_bindAddress = address; }

    // Starts one run per ticked model. False with `error` when a run could not be set up or a
    // server did not start (nothing is left running then).
    bool start(QString *error = nullptr);
    void stop();
    bool isRunning() const;

    int runCount() const { return int(m_lanes.size()); }
    TimelineView *timeline(int run) const;
    TraceDocument *document(int run) const;
    std::vector<RunSummary> summaries() const;
    QTableWidget *metricsTable() const { return m_table; }
    // Fits every timeline to the longest run, on one axis.
    void zoomAllToFit();

Q_SIGNALS:
    void finished();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    struct Lane
    {
        QString model;
        QString label; // the model's title, or the scenario variant's
        std::unique_ptr<Run> run;
        TraceDocument *document = nullptr;
        TimelineView *view = nullptr;
        QLabel *title = nullptr;
        QWidget *box = nullptr;
        bool finished = false;
    };

    void populateScenarios();
    void onScenarioChanged();
    void updateButtons();
    void clearLanes();
    void onLiveTick();
    void finishAll();
    void syncFrom(TimelineView *source);
    void fillTable();
    void fitLaneHeights();
    void updateLaneTitle(Lane &lane);

    QComboBox *m_scenarioCombo;
    std::vector<QCheckBox *> m_modelBoxes; // the models, then the scenario's variants
    QGridLayout *m_modelGrid = nullptr;
    int m_modelBoxCount = 0; // the boxes of models; the rest are the scenario's variants
    QPushButton *m_startButton;
    QPushButton *m_stopButton;
    QPushButton *m_fitButton;
    QLabel *m_status;
    TimelineLegend *m_legend;
    QWidget *m_lanesHost;
    QScrollArea *m_lanesScroll = nullptr;
    QTableWidget *m_table;
    std::vector<Lane> m_lanes;
    QTimer m_liveTimer;
    QString m_bindAddress = QStringLiteral("127.0.0.1");
    bool m_syncing = false;
};

} // namespace sockscope
