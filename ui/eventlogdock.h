#pragma once

#include <QWidget>

class QAbstractItemModel;
class QComboBox;
class QModelIndex;
class QTableView;

namespace sockscope {

class EventLogFilter;
class EventLogModel;
class TraceDocument;

// The event log: every event as a table row, filterable by actor and kind, and tied to the
// document's cursor both ways (select a row: the cursor moves; step: the row is selected).
// With no filter chosen the table shows the model itself and the filter has no source: a proxy
// maps every row (two arrays as long as the trace) at each reset, a stall on opening a trace of
// a million events that buys nothing while every row is shown.
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
    // Whether the table shows the filter (an actor or a kind chosen) rather than every row.
    bool filtering() const;

private:
    void applyFilter();
    void showModel(QAbstractItemModel *model);
    QModelIndex shownIndexOf(qsizetype event) const;
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
