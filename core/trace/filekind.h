#pragma once

#include <QByteArrayView>

namespace sockscope {

// Whether a .json file is a SockScope trace (its top-level "format" is "sockscope-trace") or
// something else (a scenario). Decided from the top-level keys wherever they are — a trace
// re-saved with sorted keys and indentation has "format" after "actors" and "events" — by a
// scan that skips nested values without building them. Not a validator: JSON errors are left
// to the loader the answer picks (a truncated trace whose "format" was read is a trace).
bool isTraceJson(QByteArrayView json);

} // namespace sockscope
