#include "kernelsample.h"

#include "jsonfields.h"

#include "jsonwriting.h"
#include "nametable.h"
#include "trace.h"

#include <QtEndian>

#include <array>
#include <cmath>

namespace sockscope {

namespace {
constexpr std::array<const char *, kTcpStateCount> kStateNames = {
    "GONE",  "ESTABLISHED", "SYN_SENT", "SYN_RECV", "FIN_WAIT1", "FIN_WAIT2",   "TIME_WAIT",
    "CLOSE", "CLOSE_WAIT",  "LAST_ACK", "LISTEN",   "CLOSING",   "NEW_SYN_RECV"};

// Payload layout, little endian: local ipv4 (4), local port (2), then the seven figures (4
// each), in the order of KernelFigures.
constexpr int kFigureCount = 7;
constexpr int kPayloadSize = 6 + 4 * kFigureCount;

std::array<std::int32_t *, kFigureCount> figuresOf(KernelFigures &f)
{
    return {&f.acceptQueue, &f.backlog,    &f.recvQueue,  &f.sendQueue,
            &f.recvBuffer,  &f.sendBuffer, &f.listenDrops};
}

// JSON keys of the figures, in the same order.
constexpr std::array<const char *, kFigureCount> kFigureKeys = {
    "accept_queue", "backlog",     "recv_queue",  "send_queue",
    "recv_buffer",  "send_buffer", "listen_drops"};
} // namespace

const char *tcpStateName(TcpState s)
{
    const auto i = static_cast<std::size_t>(s);
    return i < kStateNames.size() ? kStateNames[i] : "UNKNOWN";
}

std::optional<TcpState> tcpStateFromName(QByteArrayView name)
{
    static constexpr NameTable kTable(kStateNames);
    return kTable.lookup<TcpState>(name);
}

namespace payload {
QByteArray encodeKernelFigures(const KernelFigures &f)
{
    QByteArray out(kPayloadSize, Qt::Uninitialized);
    char *p = out.data();
    qToLittleEndian(f.local.ipv4, p);
    qToLittleEndian(f.local.port, p + 4);
    KernelFigures copy = f;
    const auto figures = figuresOf(copy);
    for (int i = 0; i < kFigureCount; ++i)
        qToLittleEndian(*figures[i], p + 6 + 4 * i);
    return out;
}

KernelFigures decodeKernelFigures(QByteArrayView bytes)
{
    KernelFigures f;
    if (bytes.size() < kPayloadSize)
        return f;
    const char *p = bytes.data();
    f.local.ipv4 = qFromLittleEndian<std::uint32_t>(p);
    f.local.port = qFromLittleEndian<std::uint16_t>(p + 4);
    const auto figures = figuresOf(f);
    for (int i = 0; i < kFigureCount; ++i)
        *figures[i] = qFromLittleEndian<std::int32_t>(p + 6 + 4 * i);
    return f;
}
} // namespace payload

qsizetype lastStepIndex(const Trace &trace)
{
    qsizetype i = trace.size() - 1;
    while (i > 0 && isKernelSampleKind(trace.at(i).kind))
        --i;
    return i;
}

bool isKernelSampleKind(EventKind kind)
{
    return kind == EventKind::TcpState || kind == EventKind::Queues;
}

KernelFigures kernelFigures(const Trace &trace, const Event &e)
{
    if (!isKernelSampleKind(e.kind))
        return {};
    return payload::decodeKernelFigures(trace.payloadOf(e));
}

void appendKernelSampleJson(json::Sink &out, const Trace &trace, const Event &e)
{
    if (e.childPid > 0) {
        out += ",\"pid\":";
        json::appendNumber(out, e.childPid);
    }
    if (e.kind == EventKind::TcpState) {
        out += ",\"state\":\"";
        out += tcpStateName(TcpState(e.call));
        out += '"';
    }
    KernelFigures f = kernelFigures(trace, e);
    if (!f.local.isNull()) {
        out += ",\"local\":";
        json::appendEndpoint(out, f.local);
    }
    if (e.kind == EventKind::Queues) {
        const auto figures = figuresOf(f);
        for (int i = 0; i < kFigureCount; ++i) {
            if (*figures[i] < 0)
                continue;
            out += ",\"";
            out += kFigureKeys[std::size_t(i)];
            out += "\":";
            json::appendNumber(out, *figures[i]);
        }
    }
    if (e.flags & kFlagSampled)
        out += ",\"sampled\":true";
    if (e.flags & kFlagHolderSeen)
        out += ",\"held\":true";
}

bool readKernelSampleJson(const json::Fields &fields, Event &e, QByteArray *payloadBytes,
                          int *badKey, QString *why)
{
    using json::field;
    using json::Value;
    auto fail = [&](int key, const QString &message) {
        *badKey = key;
        *why = message;
        return false;
    };
    auto wholeNumber = [](const Value &v, double max) {
        const double d = v.number;
        return v.type == Value::Number && std::isfinite(d) && std::trunc(d) == d && d >= 0 &&
               d <= max;
    };
    // What QJsonValue::toString() gave: the text of a string, nothing for anything else.
    auto textOf = [](const Value &v) {
        return v.type == Value::String ? QString::fromUtf8(v.text) : QString();
    };
    e.childPid = 0;
    if (const Value &pid = fields[field("pid")]; pid.type != Value::Missing) {
        if (!wholeNumber(pid, INT32_MAX))
            return fail(field("pid"), QStringLiteral("must be a process id (a whole number >= 0)"));
        e.childPid = int(pid.number);
    }
    if (e.kind == EventKind::TcpState) {
        const Value &state = fields[field("state")];
        if (state.type == Value::Missing)
            return fail(field("state"), QStringLiteral("is missing"));
        const auto s = tcpStateFromName(textOf(state).toLatin1());
        if (state.type != Value::String || !s)
            return fail(field("state"),
                        QStringLiteral("\"%1\" is not a TCP state (LISTEN, "
                                       "ESTABLISHED, CLOSE_WAIT, TIME_WAIT, ..., GONE)")
                            .arg(textOf(state)));
        e.call = std::uint8_t(*s);
    }
    KernelFigures f;
    if (const Value &local = fields[field("local")]; local.type != Value::Missing) {
        const auto l = Endpoint::fromString(textOf(local));
        if (local.type != Value::String || !l)
            return fail(
                field("local"),
                QStringLiteral("\"%1\" is not an address like 127.0.0.1:5000").arg(textOf(local)));
        f.local = *l;
    }
    if (e.kind == EventKind::Queues) {
        const auto figures = figuresOf(f);
        for (int i = 0; i < kFigureCount; ++i) {
            const int key = json::fieldIndex(kFigureKeys[std::size_t(i)]);
            const Value &v = fields[key];
            if (v.type == Value::Missing)
                continue;
            if (!wholeNumber(v, INT32_MAX))
                return fail(key, QStringLiteral("must be a whole number >= 0"));
            *figures[i] = std::int32_t(v.number);
        }
    }
    if (const Value &sampled = fields[field("sampled")]; sampled.type != Value::Missing) {
        if (sampled.type != Value::Bool)
            return fail(field("sampled"), QStringLiteral("must be true or false"));
        if (sampled.boolean)
            e.flags |= kFlagSampled;
    }
    if (const Value &held = fields[field("held")]; held.type != Value::Missing) {
        if (held.type != Value::Bool)
            return fail(field("held"), QStringLiteral("must be true or false"));
        if (held.boolean)
            e.flags |= kFlagHolderSeen;
    }
    *payloadBytes = payload::encodeKernelFigures(f);
    return true;
}

} // namespace sockscope
