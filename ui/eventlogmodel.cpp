#include "eventlogmodel.h"

#include "analysis/eventtext.h"
#include "tracedocument.h"

#include <QColor>

namespace sockscope {

EventLogModel::EventLogModel(TraceDocument *document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document)
{
    m_rows = int(document->trace().size());
    connect(document, &TraceDocument::traceReset, this, &EventLogModel::onReset);
    connect(document, &TraceDocument::eventsAppended, this, &EventLogModel::onAppended);
}

void EventLogModel::onReset()
{
    beginResetModel();
    m_rows = m_document ? int(m_document->trace().size()) : 0;
    endResetModel();
}

void EventLogModel::onAppended(qsizetype first, qsizetype last)
{
    // The document only appends: rows below m_rows still show the same events.
    if (first != m_rows) {
        onReset();
        return;
    }
    beginInsertRows({}, int(first), int(last));
    m_rows = int(last + 1);
    endInsertRows();
}

int EventLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int EventLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        !m_document || index.row() >= m_document->trace().size())
        return {};
    const Trace &trace = m_document->trace();
    const Event &e = trace.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QString::number(double(e.tNs) / 1e6, 'f', 3);
        case ActorColumn:
            return eventtext::actor(trace, e.actor);
        case CallColumn:
            return eventtext::call(e);
        case FdColumn:
            return eventtext::fd(e);
        case ResultColumn:
            return eventtext::result(trace, e);
        case BytesColumn:
            return eventtext::bytes(e);
        case DataColumn:
            return eventtext::data(trace, e);
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == TimeColumn || index.column() == BytesColumn ||
            index.column() == FdColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        // A failure is red; a call the stop ended is not a failure and stays plain.
        if (e.failed() && index.column() == ResultColumn)
            return QColor(0xc6, 0x28, 0x28);
        return {};
    case EventIndexRole:
        return qlonglong(index.row());
    case ActorIdRole:
        return uint(e.actor);
    case EventKindRole:
        return int(e.kind);
    case TimeNsRole:
        return qlonglong(e.tNs);
    }
    return {};
}

QVariant EventLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case TimeColumn:
        return tr("Time (ms)");
    case ActorColumn:
        return tr("Actor");
    case CallColumn:
        return tr("Call");
    case FdColumn:
        return tr("fd");
    case ResultColumn:
        return tr("Result");
    case BytesColumn:
        return tr("Bytes");
    case DataColumn:
        return tr("Data (escaped)");
    }
    return {};
}

} // namespace sockscope
