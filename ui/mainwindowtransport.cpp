// MainWindow: stepping through a trace and replaying it (the transport tool bar's actions).
#include "mainwindow.h"

#include "trace/kernelsample.h"
#include "tracedocument.h"

#include <QComboBox>

#include <algorithm>

namespace sockscope {

namespace {
constexpr int kPlayTickMs = 16;
// During replay an idle stretch never takes longer than this on the wall clock.
constexpr double kMaxReplayWaitNs = 700e6;
} // namespace

void MainWindow::stepNext()
{
    const Trace &trace = m_document->trace();
    const qsizetype n = trace.size();
    if (n == 0)
        return;
    // A step is a call an actor made: the kernel's samples (socket states, queue levels) are
    // passed over, or stepping through a lesson would take a step every few milliseconds.
    const qsizetype last = lastStepIndex(trace);
    qsizetype next = m_document->cursor() + 1;
    while (next < last && isKernelSampleKind(trace.at(next).kind))
        ++next;
    m_document->setCursor(std::min(next, std::max(last, m_document->cursor())));
}

void MainWindow::stepPrevious()
{
    const Trace &trace = m_document->trace();
    if (trace.isEmpty())
        return;
    qsizetype previous = m_document->cursor() - 1;
    while (previous > 0 && isKernelSampleKind(trace.at(previous).kind))
        --previous;
    m_document->setCursor(std::max<qsizetype>(previous, 0));
}

void MainWindow::jumpFirst()
{
    if (!m_document->trace().isEmpty())
        m_document->setCursor(0);
}

void MainWindow::jumpLast()
{
    m_document->setCursor(lastStepIndex(m_document->trace()));
}

bool MainWindow::isBlockOrWakeUp(qsizetype index) const
{
    const Event &e = m_document->trace().at(index);
    // A block begins, or a blocked call returns (it was woken).
    return isBeginKind(e.kind) || isEndKind(e.kind);
}

void MainWindow::jumpNextBlockOrWakeUp()
{
    const qsizetype n = m_document->trace().size();
    for (qsizetype i = m_document->cursor() + 1; i < n; ++i) {
        if (isBlockOrWakeUp(i)) {
            m_document->setCursor(i);
            return;
        }
    }
}

void MainWindow::jumpPreviousBlockOrWakeUp()
{
    for (qsizetype i = m_document->cursor() - 1; i >= 0; --i) {
        if (isBlockOrWakeUp(i)) {
            m_document->setCursor(i);
            return;
        }
    }
}

void MainWindow::setPlaying(bool on)
{
    if (on == isPlaying())
        return;
    if (on) {
        if (m_document->trace().isEmpty() || m_document->isLive())
            return;
        if (m_document->cursor() < 0 || m_document->cursor() >= m_document->trace().size() - 1)
            m_document->setCursor(0);
        m_replayNs = double(m_document->cursorTimeNs());
        m_playClock.start();
        m_playTimer.start(kPlayTickMs);
    } else {
        m_playTimer.stop();
    }
    updateActions();
}

void MainWindow::onPlayTick()
{
    const Trace &trace = m_document->trace();
    const double speed = m_speedCombo->currentData().toDouble();
    const double elapsed = double(m_playClock.restart()) * 1e6 * speed;
    const qsizetype cursor = m_document->cursor();
    if (cursor + 1 >= trace.size()) {
        setPlaying(false);
        return;
    }
    // Never sit through a long idle stretch: jump to shortly before the next event.
    const double next = double(trace.at(cursor + 1).tNs);
    m_replayNs = std::max(m_replayNs + elapsed, next - kMaxReplayWaitNs * speed);
    const qsizetype reached = trace.upperBound(std::int64_t(m_replayNs)) - 1;
    if (reached > cursor)
        m_document->setCursor(reached);
}

} // namespace sockscope
