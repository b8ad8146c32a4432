#pragma once

#include "analysis/socketlaneset.h"
#include "analysis/socketsattime.h"

#include <QWidget>

#include <vector>

class QLabel;
class QTableWidget;

namespace sockscope {

class CursorState;

// The state at the cursor as tables: every actor's state (blocked in which call on which fd,
// zombie, reaped, ...), every process's open sockets (inherited ones marked), and for a
// readiness loop its interest list, last ready set and socket -> client map (the lecture
// notes' `sockets_list` and `clients`). Everything from the trace, all plain text.
class StateInspector : public QWidget
{
    Q_OBJECT
public:
    explicit StateInspector(CursorState *state, QWidget *parent = nullptr);

    QTableWidget *actorsTable() const { return m_actors; }
    QTableWidget *socketsTable() const { return m_sockets; }
    QTableWidget *readinessTable() const { return m_readiness; }
    // The sockets the kernel held at the cursor, as its samples showed them.
    QTableWidget *kernelTable() const { return m_kernel; }
    QString kernelText() const;
    QString countsText() const;
    QString readinessText() const;

    // A table scrolls on its own only beyond this many rows.
    static constexpr int kMaxVisibleRows = 14;

private:
    void refresh();
    void fitTables();
    void refreshKernel();

    CursorState *m_state;
    QLabel *m_counts;
    QTableWidget *m_actors;
    QTableWidget *m_sockets;
    QLabel *m_readinessTitle;
    QTableWidget *m_readiness;
    QLabel *m_kernelTitle;
    QTableWidget *m_kernel;
    // The socket lanes of the trace, rebuilt when it grows (not on every step).
    SocketLaneSet m_socketLanes; // grows with the trace
};

} // namespace sockscope
