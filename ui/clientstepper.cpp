#include "clientstepper.h"

#include "analysis/lanes.h"
#include "run/run.h"
#include "tracedocument.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace sockscope {

namespace {
constexpr int kPollMs = 60;
}

ClientStepper::ClientStepper(TraceDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_nextStep(new QAction(tr("Next client step"), this)),
      m_intro(new QLabel(this)), m_nextButton(new QPushButton(this)), m_rows(new QVBoxLayout),
      m_rowsWidget(new QWidget(this))
{
    setObjectName(QStringLiteral("ClientStepper"));
    m_nextStep->setShortcut(QKeySequence(Qt::Key_N));
    m_nextStep->setShortcutContext(Qt::WindowShortcut);
    m_nextStep->setToolTip(tr("Let the client that has waited longest take its next step (N)"));
    m_nextStep->setEnabled(false);
    connect(m_nextStep, &QAction::triggered, this, [this] {
        if (m_run)
            m_run->releaseNext();
        poll();
    });
    m_intro->setTextFormat(Qt::PlainText);
    m_intro->setWordWrap(true);
    m_nextButton->setText(tr("Next step (N)"));
    connect(m_nextButton, &QPushButton::clicked, m_nextStep, &QAction::trigger);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_intro);
    m_rows->setContentsMargins(0, 0, 0, 0);
    m_rowsWidget->setLayout(m_rows);
    layout->addWidget(m_rowsWidget);
    layout->addWidget(m_nextButton);
    layout->addStretch(1);

    connect(&m_poll, &QTimer::timeout, this, &ClientStepper::poll);
    rebuild({});
}

ClientStepper::~ClientStepper() = default;

void ClientStepper::setRun(Run *run)
{
    m_run = run;
    m_announced = false;
    if (m_run)
        m_poll.start(kPollMs);
    else
        m_poll.stop();
    rebuild({});
}

QString ClientStepper::nameOf(std::uint32_t id) const
{
    // The recorder knows every actor at once; the document only after the next drain.
    if (m_run) {
        const Actor actor = m_run->recorder().actorSnapshot(id);
        if (actor.id == id && !actor.name.isEmpty())
            return laneTitle(actor);
    }
    const Actor *a = m_document->trace().actor(id);
    return a ? laneTitle(*a) : tr("actor %1").arg(id);
}

QStringList ClientStepper::waitingClients() const
{
    QStringList names;
    for (std::uint32_t id : m_shown)
        names << nameOf(id);
    return names;
}

bool ClientStepper::releaseClient(const QString &name)
{
    const QStringList names = waitingClients();
    const qsizetype i = names.indexOf(name);
    if (!m_run || i < 0)
        return false;
    m_run->release(m_shown[std::size_t(i)]);
    poll();
    return true;
}

void ClientStepper::poll()
{
    if (!m_run)
        return;
    std::vector<std::uint32_t> waiting = m_run->clientsWaiting();
    if (m_run->isFinished()) {
        waiting.clear();
        m_poll.stop();
    }
    QStringList steps;
    for (std::uint32_t id : waiting)
        steps << m_run->nextStepOf(id);
    if (waiting != m_shown || steps != m_shownSteps)
        rebuild(waiting);
    if (!waiting.empty() && !m_announced) {
        m_announced = true;
        Q_EMIT clientsWaiting();
    }
}

void ClientStepper::rebuild(const std::vector<std::uint32_t> &waiting)
{
    while (QLayoutItem *item = m_rows->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_shown = waiting;
    m_shownSteps.clear();
    for (std::uint32_t id : waiting) {
        const QString name = nameOf(id);
        const QString step = m_run ? m_run->nextStepOf(id) : QString();
        m_shownSteps << step;
        auto *row = new QWidget(m_rowsWidget);
        auto *h = new QHBoxLayout(row);
        h->setContentsMargins(0, 0, 0, 0);
        auto *label = new QLabel(row);
        label->setTextFormat(Qt::PlainText); // the step quotes the bytes it will send
        label->setText(tr("%1 next: %2").arg(name, step));
        auto *button = new QPushButton(tr("Release"), row);
        button->setObjectName(QStringLiteral("release-%1").arg(id));
        button->setToolTip(tr("Let this client take just this one step"));
        connect(button, &QPushButton::clicked, this, [this, id] {
            if (m_run)
                m_run->release(id);
            poll();
        });
        h->addWidget(label, 1);
        h->addWidget(button);
        m_rows->addWidget(row);
    }
    const bool any = !waiting.empty();
    m_nextStep->setEnabled(any);
    m_nextButton->setEnabled(any);
    m_intro->setText(any     ? tr("You are the scheduler: nothing happens until you release a "
                                      "client's next step.")
                     : m_run ? tr("No client is waiting for you.")
                             : tr("Runs of a step-by-hand scenario (such as "
                                  "you-are-the-scheduler) wait here for you to release "
                                  "each client's steps."));
}

} // namespace sockscope
