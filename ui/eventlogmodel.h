#pragma once

#include <QAbstractTableModel>
#include <QPointer>

namespace sockscope {

class TraceDocument;

// The trace as a table, one row per event, row == event index. Follows the document as
// events arrive (rows are inserted, never rebuilt, unless the trace was reordered).
// Every cell is plain text; network bytes come escaped.
class EventLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TimeColumn,
        ActorColumn,
        CallColumn,
        FdColumn,
        ResultColumn,
        BytesColumn,
        DataColumn,
        ColumnCount
    };
    enum Role
    {
        EventIndexRole = Qt::UserRole + 1,
        ActorIdRole,
        EventKindRole,
        TimeNsRole
    };

    explicit EventLogModel(TraceDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    TraceDocument *document() const { return m_document; }

private:
    void onReset();
    void onAppended(qsizetype first, qsizetype last);

    QPointer<TraceDocument> m_document;
    int m_rows = 0;
};

} // namespace sockscope
