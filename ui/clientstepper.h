#pragma once

#include <QTimer>
#include <QWidget>

#include <functional>

class QAction;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace sockscope {

class Run;
class TraceDocument;

// "You are the scheduler": while a run holds its clients (a step_by_hand scenario), lists
// each waiting client with the step it will take next and a button that releases just that
// step; "Next step" (N) releases whoever has waited longest.
class ClientStepper : public QWidget
{
    Q_OBJECT
public:
    explicit ClientStepper(TraceDocument *document, QWidget *parent = nullptr);
    ~ClientStepper() override;

    // The run to step; nullptr when there is none. The caller keeps it alive until replaced.
    void setRun(Run *run);
    QAction *nextStepAction() const { return m_nextStep; }
    // The clients holding right now, as listed (tests).
    QStringList waitingClients() const;
    // Releases that client's next step (what its button does).
    bool releaseClient(const QString &name);

Q_SIGNALS:
    // Something is waiting for the user: the window shows the dock.
    void clientsWaiting();

private:
    void poll();
    QString nameOf(std::uint32_t clientActor) const;
    void rebuild(const std::vector<std::uint32_t> &waiting);

    TraceDocument *m_document;
    Run *m_run = nullptr;
    QTimer m_poll;
    QAction *m_nextStep;
    QLabel *m_intro;
    QPushButton *m_nextButton;
    QVBoxLayout *m_rows;
    QWidget *m_rowsWidget;
    std::vector<std::uint32_t> m_shown;
    QStringList m_shownSteps;
    bool m_announced = false;
};

} // namespace sockscope
