#include "eventlogdock.h"

#include "analysis/eventtext.h"
#include "eventlogfilter.h"
#include "eventlogmodel.h"
#include "tracedocument.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace sockscope {

EventLogWidget::EventLogWidget(TraceDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_model(new EventLogModel(document, this)),
      m_filter(new EventLogFilter(document, this)), m_table(new QTableView(this)),
      m_actorCombo(new QComboBox(this)), m_categoryCombo(new QComboBox(this))
{
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->setColumnWidth(EventLogModel::TimeColumn, 90);
    m_table->setColumnWidth(EventLogModel::ActorColumn, 170);
    m_table->setColumnWidth(EventLogModel::CallColumn, 170);
    m_table->setColumnWidth(EventLogModel::FdColumn, 60);
    m_table->setColumnWidth(EventLogModel::ResultColumn, 230);
    m_table->setColumnWidth(EventLogModel::BytesColumn, 60);

    m_categoryCombo->addItem(tr("All kinds"), int(EventCategory::All));
    m_categoryCombo->addItem(tr("Blocking calls"), int(EventCategory::Blocking));
    m_categoryCombo->addItem(tr("Data (send/recv)"), int(EventCategory::Data));
    m_categoryCombo->addItem(tr("Sockets (socket/bind/listen/close)"),
                             int(EventCategory::Lifecycle));
    m_categoryCombo->addItem(tr("Threads and processes"), int(EventCategory::Processes));
    m_categoryCombo->addItem(tr("Readiness (select/poll/epoll)"), int(EventCategory::Readiness));
    m_categoryCombo->addItem(tr("Errors"), int(EventCategory::Errors));

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Actor:"), this));
    filters->addWidget(m_actorCombo);
    filters->addSpacing(12);
    filters->addWidget(new QLabel(tr("Kind:"), this));
    filters->addWidget(m_categoryCombo);
    filters->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    refillActors();

    connect(m_actorCombo, &QComboBox::currentIndexChanged, this, &EventLogWidget::applyFilter);
    connect(m_categoryCombo, &QComboBox::currentIndexChanged, this, &EventLogWidget::applyFilter);
    connect(document, &TraceDocument::actorsChanged, this, &EventLogWidget::refillActors);
    connect(document, &TraceDocument::traceReset, this, &EventLogWidget::refillActors);
    connect(document, &TraceDocument::cursorChanged, this, &EventLogWidget::onCursorChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &EventLogWidget::onRowSelected);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &EventLogWidget::onRowsInserted);
}

bool EventLogWidget::filtering() const
{
    return m_table->model() == m_filter;
}

// The filter's settings from the two choosers; the table then shows the filter, or, with
// neither chosen, the model itself (the filter let go of its source, so it maps nothing).
void EventLogWidget::applyFilter()
{
    const auto actor = m_actorCombo->currentData().toUInt();
    const auto category = EventCategory(m_categoryCombo->currentData().toInt());
    const bool filter = actor != 0 || category != EventCategory::All;
    if (!filter) {
        showModel(m_model);
        m_filter->setSourceModel(nullptr);
    }
    // Set before the source, so that rows are mapped once, under the new settings.
    m_filter->setActorFilter(actor);
    m_filter->setCategory(category);
    if (filter) {
        if (m_filter->sourceModel() != m_model)
            m_filter->setSourceModel(m_model);
        showModel(m_filter);
    }
    onCursorChanged(m_document->cursor());
}

// Gives the table another model (the columns keep their widths: the same columns) whose new
// selection model moves the cursor as the old one did.
void EventLogWidget::showModel(QAbstractItemModel *model)
{
    if (m_table->model() == model)
        return;
    QItemSelectionModel *old = m_table->selectionModel();
    m_table->setModel(model);
    delete old; // QAbstractItemView::setModel leaves the old one to its caller
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &EventLogWidget::onRowSelected);
}

QModelIndex EventLogWidget::shownIndexOf(qsizetype event) const
{
    const QModelIndex source = event >= 0 ? m_model->index(int(event), 0) : QModelIndex();
    return filtering() ? m_filter->mapFromSource(source) : source;
}

void EventLogWidget::refillActors()
{
    const std::uint32_t current = m_actorCombo->currentData().toUInt();
    const QSignalBlocker blocker(m_actorCombo);
    m_actorCombo->clear();
    m_actorCombo->addItem(tr("All actors"), 0u);
    for (const Actor &a : m_document->trace().actors()) {
        if (a.id != 0)
            m_actorCombo->addItem(eventtext::actor(m_document->trace(), a.id), a.id);
    }
    const int index = m_actorCombo->findData(current);
    m_actorCombo->setCurrentIndex(index < 0 ? 0 : index);
    if (index < 0 && current != 0)
        applyFilter(); // the chosen actor is gone: every actor again
}

void EventLogWidget::onRowsInserted()
{
    if (m_followLive && m_document->isLive())
        m_table->scrollToBottom();
}

qsizetype EventLogWidget::selectedEvent() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid())
        return -1;
    return filtering() ? m_filter->mapToSource(current).row() : current.row();
}

void EventLogWidget::onCursorChanged(qsizetype index)
{
    if (m_syncing)
        return;
    m_syncing = true;
    const QModelIndex shown = shownIndexOf(index);
    if (shown.isValid()) {
        m_table->selectionModel()->setCurrentIndex(shown, QItemSelectionModel::ClearAndSelect |
                                                              QItemSelectionModel::Rows);
        m_table->scrollTo(shown, QAbstractItemView::EnsureVisible);
    } else {
        m_table->selectionModel()->clear(); // no row is the cursor's: none current either
    }
    m_syncing = false;
}

void EventLogWidget::onRowSelected()
{
    if (m_syncing)
        return;
    const qsizetype index = selectedEvent();
    if (index < 0)
        return;
    m_syncing = true;
    m_document->setCursor(index);
    m_syncing = false;
}

} // namespace sockscope
