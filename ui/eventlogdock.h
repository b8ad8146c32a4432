#pragma once

#include <QWidget>

class QComboBox;
class QTableView;

namespace sockscope {

class EventLogFilter;
class EventLogModel;
class TraceDocument;

// The event log: every event as a table row, filterable by actor and kind, and tied to the
// document's cursor both ways (select a row: the cursor moves; step: the row is selected).
class EventLogWidget : public QWidget
{
    Q_OBJECT
public:
    explicit EventLogWidget(TraceDocument *document, QWidget *parent = nullptr);

    EventLogModel *model() const { return m_model; }
    EventLogFilter *filter() const { return m_filter; }
    QTableView *table() const { return m_table; }
    // The event index of the selected row, -1 for none.
    qsizetype selectedEvent() const;

    void setFollowLive(bool on) { m_followLive = on; }

private:
    void onCursorChanged(qsizetype index);
    void onRowSelected();
    void refillActors();
    void onRowsInserted();

    TraceDocument *m_document;
    EventLogModel *m_model;
    EventLogFilter *m_filter;
    QTableView *m_table;
    QComboBox *m_actorCombo;
    QComboBox *m_categoryCombo;
    bool m_syncing = false;
    bool m_followLive = true;
};

} // namespace sockscope
