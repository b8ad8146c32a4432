#include "socketviewswitch.h"

#include "timelinelegend.h"
#include "timelineview.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QSettings>

namespace sockscope {

namespace {
const QString kSettingsKey = QStringLiteral("view/socketView");
} // namespace

std::optional<SocketView> socketViewFromName(const QString &name)
{
    if (name == QLatin1String("waits"))
        return SocketView::Waits;
    if (name == QLatin1String("kernel"))
        return SocketView::Kernel;
    if (name == QLatin1String("both"))
        return SocketView::Both;
    return std::nullopt;
}

QString socketViewName(SocketView view)
{
    switch (view) {
    case SocketView::Waits:
        return QStringLiteral("waits");
    case SocketView::Kernel:
        return QStringLiteral("kernel");
    case SocketView::Both:
        return QStringLiteral("both");
    }
    return {};
}

SocketViewSwitch::SocketViewSwitch(TimelineView *timeline, TimelineLegend *legend, QObject *parent)
    : QObject(parent), m_timeline(timeline), m_legend(legend), m_group(new QActionGroup(this)),
      m_waits(new QAction(tr("Who waits"), this)),
      m_kernel(new QAction(tr("What the kernel holds"), this)),
      m_both(new QAction(tr("Both"), this)), m_cycle(new QAction(this))
{
    m_waits->setToolTip(tr("Lanes of threads, processes and clients: where each one waits"));
    m_kernel->setToolTip(tr("One lane per socket: its TCP states and queues, as the kernel's "
                            "samples show them"));
    m_both->setToolTip(tr("The lanes of who waits, and below them the sockets' lanes"));
    for (QAction *a : {m_waits, m_kernel, m_both}) {
        a->setCheckable(true);
        m_group->addAction(a);
    }
    m_waits->setObjectName(QStringLiteral("SocketViewWaitsAction"));
    m_kernel->setObjectName(QStringLiteral("SocketViewKernelAction"));
    m_both->setObjectName(QStringLiteral("SocketViewBothAction"));
    m_cycle->setObjectName(QStringLiteral("SocketViewCycleAction"));
    m_cycle->setShortcut(QKeySequence(Qt::Key_K));
    m_cycle->setShortcutContext(Qt::WindowShortcut);
    connect(m_group, &QActionGroup::triggered, this, [this](QAction *a) {
        setView(a == m_kernel ? SocketView::Kernel
                : a == m_both ? SocketView::Both
                              : SocketView::Waits);
    });
    connect(m_cycle, &QAction::triggered, this,
            [this] { setView(SocketView((int(view()) + 1) % 3)); });
    sync();
}

void SocketViewSwitch::installMenu(QMenu *viewMenu)
{
    QMenu *lanes = viewMenu->addMenu(tr("&Lanes"));
    lanes->addActions({m_waits, m_kernel, m_both});
    lanes->addSeparator();
    lanes->addAction(m_cycle);
}

QAction *SocketViewSwitch::actionFor(SocketView view) const
{
    switch (view) {
    case SocketView::Waits:
        return m_waits;
    case SocketView::Kernel:
        return m_kernel;
    case SocketView::Both:
        return m_both;
    }
    return m_waits;
}

SocketView SocketViewSwitch::view() const
{
    return m_timeline->socketView();
}

void SocketViewSwitch::setView(SocketView view)
{
    m_timeline->setSocketView(view);
    m_legend->setSocketView(view);
    sync();
}

void SocketViewSwitch::sync()
{
    const SocketView v = view();
    actionFor(v)->setChecked(true);
    // The button says what is shown; the tooltip what K does next.
    const QString shown = v == SocketView::Kernel ? tr("Lanes: kernel")
                          : v == SocketView::Both ? tr("Lanes: both")
                                                  : tr("Lanes: who waits");
    m_cycle->setText(shown);
    m_cycle->setToolTip(tr("Switch the lanes: who waits, what the kernel holds, both (K); now: %1")
                            .arg(actionFor(v)->text()));
}

void SocketViewSwitch::readSettings()
{
    const auto v = socketViewFromName(QSettings().value(kSettingsKey).toString());
    setView(v.value_or(SocketView::Waits));
}

void SocketViewSwitch::writeSettings() const
{
    QSettings().setValue(kSettingsKey, socketViewName(view()));
}

} // namespace sockscope
