#pragma once

// The narration's parts, shared by the files that write it (narration.cpp, narrationwords.cpp,
// narrationfailures.cpp, narrationtasks.cpp, narrationwaits.cpp); other code calls narrate()
// (narration.h).
//
// They live in namespace sockscope itself, like narrate(): lupdate files a text under the
// namespace of the code that translates it, and the fallback translator
// (ui/preferences.cpp) knows the core's texts by that context ("sockscope").

#include "fdtable.h"
#include "trace/trace.h"

#include <QCoreApplication>
#include <QString>

#include <cstdint>

namespace sockscope {

// Every part translates under "Narration" (narration.h).
inline QString tr(const char *text)
{
    return QCoreApplication::translate("Narration", text);
}

// The lane title of `actor` ("main", "client 2"), or "someone".
QString narratedWho(const Trace &trace, std::uint32_t actor);
// The address at the other end of the event's descriptor, or "the other end".
QString narratedPeer(const FdTables &tables, const Event &e);
// "accept()" for an event kind's number (begin and end alike), or "a call".
QString narratedCall(std::uint8_t call);

// "<who>'s <call> failed with <errno>: <why>", the why in the lecture's words or, when the code
// that refused said why (select() and FD_SETSIZE), its words.
QString narratedFailure(const Trace &trace, const Event &e, const QString &call);
// bind() refused with EADDRINUSE at `index`: by whom, as far as the kernel's samples say.
QString narratedBindInUse(const Trace &trace, qsizetype index);
// The end of a server whose bind() or listen() failed, at `index`.
QString narratedStartFailure(const Trace &trace, qsizetype index);
// An `error` event: a failed call, or a connection the server turned away.
QString narratedError(const Trace &trace, const Event &e);

// The run's model is asyncio: its loop narrates waits and epoll_ctl() as the tasks' doing.
bool isAsyncio(const QString &model);
// "select()", "poll()" or "epoll_wait()" for a wait_begin or wait_end.
QString mechanismCall(const Event &e);
// A wait_begin: what the wait watches and until when; a wait_end: what woke it and what the
// loop does next (narrationwaits.cpp).
QString narratedWaitBegin(const Trace &trace, const Event &e, const FdTables &before);
QString narratedWaitEnd(const Trace &trace, const Event &e, const FdTables &before);

// An asyncio task's event (created, suspended, resumed, done); empty for any other event.
QString narratedTask(const Trace &trace, const Event &e, qsizetype index, const FdTables &before);

} // namespace sockscope
