// ctest-label: ui
#include "analysis/synthetictrace.h"
#include "eventlogdock.h"
#include "eventlogfilter.h"
#include "eventlogmodel.h"
#include "trace/recorder.h"
#include "tracedocument.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QHeaderView>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <cerrno>

using namespace sockscope;

class TestEventLogModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void modelsPassTheTesterThroughResetAndLiveAppends()
    {
        TraceDocument document;
        EventLogModel model(&document);
        EventLogFilter filter(&document);
        filter.setSourceModel(&model);
        QAbstractItemModelTester modelTester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester filterTester(
            &filter, QAbstractItemModelTester::FailureReportingMode::QtTest);

        document.setTrace(synthetic::threadedThreeClients());
        QCOMPARE(model.rowCount(), int(document.trace().size()));
        QCOMPARE(filter.rowCount(), model.rowCount());

        // Live: events recorded on the recorder arrive as inserted rows, not as a reset.
        Recorder recorder;
        Trace fresh;
        document.setTrace(std::move(fresh));
        const auto actor =
            recorder.addActor({0, ActorKind::Thread, QStringLiteral("main"), 1, 1, 0, false});
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        for (int round = 0; round < 5; ++round) {
            for (int k = 0; k < 10; ++k) {
                Event e;
                e.actor = actor;
                e.kind = k % 2 ? EventKind::Send : EventKind::Close;
                e.fd = k;
                e.bytes = k;
                recorder.record(e, QByteArrayView("x<b>y</b>\n"));
            }
            document.drain(recorder);
            filter.setActorFilter(round % 2 ? actor : 0);
            filter.setCategory(round % 2 ? EventCategory::Data : EventCategory::All);
        }
        QCOMPARE(model.rowCount(), 50);
        QCOMPARE(inserted.count(), 5);
        QCOMPARE(reset.count(), 0);
        filter.setActorFilter(0);
        filter.setCategory(EventCategory::Data);
        QCOMPARE(filter.rowCount(), 25);
    }

    void cellsArePlainTextWithEscapedBytes()
    {
        TraceDocument document;
        EventLogModel model(&document);
        Trace trace;
        const auto actor =
            trace.addActor({0, ActorKind::Client, QStringLiteral("client 1"), 1, 7, 0, false});
        Event e;
        e.actor = actor;
        e.kind = EventKind::Send;
        e.fd = 4;
        e.bytes = 12;
        e.tNs = 1500000;
        trace.append(e, QByteArrayView("<b>hi</b>\r\n\x01"));
        document.setTrace(std::move(trace));
        auto cell = [&](int column) { return model.index(0, column).data().toString(); };
        QCOMPARE(cell(EventLogModel::TimeColumn), QStringLiteral("1.500"));
        QCOMPARE(cell(EventLogModel::ActorColumn), QStringLiteral("client 1 (tid 7)"));
        QCOMPARE(cell(EventLogModel::CallColumn), QStringLiteral("send"));
        QCOMPARE(cell(EventLogModel::FdColumn), QStringLiteral("4"));
        QCOMPARE(cell(EventLogModel::BytesColumn), QStringLiteral("12"));
        QCOMPARE(cell(EventLogModel::DataColumn), QStringLiteral("<b>hi</b>\\r\\n\\x01"));
        QVERIFY(!model.index(0, EventLogModel::DataColumn).data(Qt::ToolTipRole).isValid());
    }

    // A call the stop ended says so and is not painted as a failure; a real failure is.
    void aStopIsNotAFailure()
    {
        TraceDocument document;
        EventLogModel model(&document);
        Trace trace;
        const auto main =
            trace.addActor({0, ActorKind::Thread, QStringLiteral("main"), 1, 1, 0, false});
        Event stopped;
        stopped.actor = main;
        stopped.kind = EventKind::AcceptEnd;
        stopped.fd = 3;
        stopped.err = EINVAL;
        stopped.flags = kFlagStoppedByRun;
        trace.append(stopped);
        Event refused = stopped;
        refused.kind = EventKind::ConnectEnd;
        refused.err = ECONNREFUSED;
        refused.flags = 0;
        refused.tNs = 1;
        trace.append(refused);
        document.setTrace(std::move(trace));
        const QModelIndex first = model.index(0, EventLogModel::ResultColumn);
        QVERIFY2(first.data().toString().startsWith(QStringLiteral("stopped by the run")),
                 qPrintable(first.data().toString()));
        QVERIFY(!first.data(Qt::ForegroundRole).isValid());
        const QModelIndex second = model.index(1, EventLogModel::ResultColumn);
        QVERIFY(second.data().toString().startsWith(QStringLiteral("ECONNREFUSED")));
        QVERIFY(second.data(Qt::ForegroundRole).isValid());
    }

    void filterByActorAndKind_data()
    {
        QTest::addColumn<QString>("actor");
        QTest::addColumn<int>("category");
        QTest::addColumn<int>("rows");
        // Synthetic threaded three-clients: see core/analysis/synthetictrace.cpp.
        QTest::newRow("all") << QString() << int(EventCategory::All) << 57;
        QTest::newRow("main") << QStringLiteral("main") << int(EventCategory::All) << 15;
        QTest::newRow("main, processes")
            << QStringLiteral("main") << int(EventCategory::Processes) << 3;
        QTest::newRow("worker 1, blocking")
            << QStringLiteral("worker 1") << int(EventCategory::Blocking) << 4;
        QTest::newRow("errors") << QString() << int(EventCategory::Errors) << 1;
        QTest::newRow("data") << QString() << int(EventCategory::Data) << 15;
    }

    void filterByActorAndKind()
    {
        QFETCH(QString, actor);
        QFETCH(int, category);
        QFETCH(int, rows);
        TraceDocument document;
        EventLogModel model(&document);
        EventLogFilter filter(&document);
        filter.setSourceModel(&model);
        document.setTrace(synthetic::threadedThreeClients());
        std::uint32_t id = 0;
        for (const Actor &a : document.trace().actors()) {
            if (a.name == actor)
                id = a.id;
        }
        filter.setActorFilter(id);
        filter.setCategory(EventCategory(category));
        QCOMPARE(filter.rowCount(), rows);
        for (int r = 0; r < filter.rowCount(); ++r) {
            const auto source = filter.mapToSource(filter.index(r, 0));
            const Event &e = document.trace().at(source.row());
            QVERIFY(id == 0 || e.actor == id);
        }
    }

    // The log's table shows the model itself until an actor or a kind is chosen (the filter,
    // without a source, maps no rows: opening a trace of a million events no longer builds two
    // arrays of a million for nothing); with one chosen, it shows the filter. Either way a row
    // selected moves the cursor to its event and a cursor moved selects its row, and the
    // columns keep the widths they were given.
    void widgetShowsTheModelUntilAFilterIsChosen()
    {
        TraceDocument document;
        EventLogWidget log(&document);
        document.setTrace(synthetic::threadedThreeClients());
        QTableView *table = log.table();
        const auto combos = log.findChildren<QComboBox *>();
        QCOMPARE(combos.size(), 2);
        QComboBox *actors = combos.at(0);
        QComboBox *kinds = combos.at(1);
        QVERIFY(!log.filtering());
        QCOMPARE(table->model(), static_cast<QAbstractItemModel *>(log.model()));
        QCOMPARE(log.filter()->sourceModel(), nullptr);
        QCOMPARE(table->model()->rowCount(), 57);
        table->setColumnWidth(EventLogModel::CallColumn, 123);

        auto followsBothWays = [&](qsizetype event, int row, qsizetype rowsEvent) {
            document.setCursor(event);
            QCOMPARE(log.selectedEvent(), event);
            table->selectRow(row);
            QCOMPARE(document.cursor(), rowsEvent);
        };
        followsBothWays(5, 7, 7);

        // main's events only: 15 rows, each main's, the cursor and the rows still tied.
        std::uint32_t mainActor = 0;
        for (const Actor &a : document.trace().actors())
            mainActor = a.name == QStringLiteral("main") ? a.id : mainActor;
        const int main = actors->findData(mainActor);
        QVERIFY(main > 0);
        actors->setCurrentIndex(main);
        QVERIFY(log.filtering());
        QCOMPARE(log.filter()->sourceModel(), static_cast<QAbstractItemModel *>(log.model()));
        QCOMPARE(table->model()->rowCount(), 15);
        QCOMPARE(table->columnWidth(EventLogModel::CallColumn), 123);
        const std::uint32_t mainId = actors->currentData().toUInt();
        std::vector<qsizetype> mains;
        for (qsizetype i = 0; i < document.trace().size(); ++i) {
            if (document.trace().at(i).actor == mainId)
                mains.push_back(i);
        }
        QCOMPARE(mains.size(), std::size_t(15));
        followsBothWays(mains.at(2), 4, mains.at(4));
        qsizetype notMain = 0;
        while (document.trace().at(notMain).actor == mainId)
            ++notMain;
        document.setCursor(notMain); // not main's: no row of the filtered log
        QCOMPARE(log.selectedEvent(), qsizetype(-1));

        // A kind as well, then every actor with that kind: still the filter.
        kinds->setCurrentIndex(kinds->findData(int(EventCategory::Processes)));
        QCOMPARE(table->model()->rowCount(), 3);
        actors->setCurrentIndex(0);
        QVERIFY(log.filtering());
        kinds->setCurrentIndex(0);

        // Everything again: the model itself, nothing mapped, the widths kept.
        QVERIFY(!log.filtering());
        QCOMPARE(log.filter()->sourceModel(), nullptr);
        QCOMPARE(table->model()->rowCount(), 57);
        QCOMPARE(table->columnWidth(EventLogModel::CallColumn), 123);
        followsBothWays(9, 11, 11);

        // An actor chosen, then a trace without it: every row of the new trace is shown.
        actors->setCurrentIndex(main);
        QVERIFY(log.filtering());
        Trace other;
        Actor lone;
        lone.id = 40;
        lone.kind = ActorKind::Thread;
        lone.name = QStringLiteral("lone");
        other.addActor(lone);
        for (int i = 0; i < 3; ++i) {
            Event e;
            e.tNs = i;
            e.actor = lone.id;
            e.kind = EventKind::Close;
            e.fd = 3 + i;
            other.append(e);
        }
        document.setTrace(std::move(other));
        QCOMPARE(actors->currentIndex(), 0);
        QVERIFY(!log.filtering());
        QCOMPARE(table->model()->rowCount(), 3);
        followsBothWays(0, 2, 2);
    }
};

QTEST_MAIN(TestEventLogModel)
#include "tst_eventlogmodel.moc"
