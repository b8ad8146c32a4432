#include "listing.h"

#include "trace/trace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <mutex>

// Listings are data: resources/listings/, compiled into the core library. Q_INIT_RESOURCE
// must be used outside any namespace.
static void initListingResources()
{
    static std::once_flag once;
    std::call_once(once, [] { Q_INIT_RESOURCE(listings); });
}

namespace sockscope {

namespace {

QString flavourName(Flavour f)
{
    switch (f) {
    case Flavour::Python:
        return QStringLiteral("Python");
    case Flavour::C:
        return QStringLiteral("C");
    case Flavour::Selectors:
        return QStringLiteral("Python (selectors)");
    }
    return QStringLiteral("Python");
}

// The selectors flavour is Python: its clients are Python's.
QString extensionOf(Flavour f)
{
    return f == Flavour::C ? QStringLiteral("c") : QStringLiteral("py");
}

QStringList readLines(const QString &path)
{
    initListingResources();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(file.readAll());
    if (text.endsWith(QLatin1Char('\n')))
        text.chop(1);
    return text.split(QLatin1Char('\n'));
}

// "@if reap=on-accept|sigchld": does the trace's setting (or its default) match?
bool conditionHolds(QStringView condition, const QMap<QString, QString> &settings)
{
    static const QMap<QString, QString> defaults = {
        {QStringLiteral("reap"), QStringLiteral("on-accept")},
        {QStringLiteral("protocol"), QStringLiteral("echo")},
        {QStringLiteral("blocking_work"), QStringLiteral("false")},
        {QStringLiteral("accept_delay_ms"), QStringLiteral("0")},
        {QStringLiteral("close_on_eof"), QStringLiteral("true")},
        {QStringLiteral("send_bytes"), QStringLiteral("0")},
        {QStringLiteral("send_buffer"), QStringLiteral("0")},
        {QStringLiteral("restart"), QStringLiteral("false")}};
    // "key!=a|b": the opposite ("@if accept_delay_ms!=0": the lesson set a delay).
    const qsizetype eq = condition.indexOf(QLatin1Char('='));
    if (eq < 0)
        return false;
    const bool negated = eq > 0 && condition[eq - 1] == QLatin1Char('!');
    const QString key = condition.left(negated ? eq - 1 : eq).trimmed().toString();
    const QString value = settings.value(key, defaults.value(key));
    const auto wanted = condition.mid(eq + 1).trimmed().split(QLatin1Char('|'));
    for (QStringView w : wanted) {
        if (w == value)
            return !negated;
    }
    return negated;
}

// A listing file. The Python ones are programs that run as they are (sockscope-cli watch
// compares them with the models: tests/tst_listingprograms.cpp), so what marks them up is in
// comments:
//   "  # @@tag" (or "  # a comment  @@tag") ends a tagged line; several: "  # @@tag1 @@tag2";
//   "# @if key=a|b" keeps what follows only when the setting matches, up to the next "@if" or
//   "# @end". On a line of code ("    if OPTIONS.protocol == 'delimited':  # @if
//   protocol=delimited") the line itself is the program's own test of the setting: it is not
//   shown, and what it keeps is shown 4 columns further left, where it stands in the listing;
//   "  # @hidden" ends a line the program needs to run (its options, its stand-ins for the
//   model's settings) that the listing leaves out;
//   "# @#" lines are notes for whoever edits the file;
//   RECV_SIZE (and "{recv_size}") is shown as the size the server passed to recv().
// The C listings use the same marks without the "#".
Listing parse(const QStringList &raw, Flavour flavour, const QMap<QString, QString> &settings)
{
    Listing l;
    l.flavour = flavourName(flavour);
    const QString recvSize = settings.value(QStringLiteral("recv_size"), QStringLiteral("1024"));
    static const QRegularExpression tagStart(QStringLiteral("\\s@@[a-z_]"));
    static const QRegularExpression recvSizeName(QStringLiteral("\\bRECV_SIZE\\b"));
    bool keep = true;
    int dedent = 0;
    for (const QString &line : raw) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1String("@#")) || trimmed.startsWith(QLatin1String("# @#")))
            continue;
        if (line.endsWith(QLatin1String("# @hidden")))
            continue;
        const qsizetype ifAt = line.indexOf(QLatin1String("@if "));
        const bool directiveOnly = trimmed.startsWith(QLatin1String("@if ")) ||
                                   trimmed.startsWith(QLatin1String("# @if "));
        if (ifAt >= 0 &&
            (directiveOnly || line.mid(0, ifAt).trimmed().endsWith(QLatin1Char('#')))) {
            keep = conditionHolds(QStringView(line).mid(ifAt + 4), settings);
            dedent = directiveOnly ? 0 : 4;
            continue;
        }
        if (trimmed == QLatin1String("@end") || trimmed == QLatin1String("# @end")) {
            keep = true;
            dedent = 0;
            continue;
        }
        if (!keep)
            continue;
        QString text = line;
        const QRegularExpressionMatch tagMatch = tagStart.match(text);
        if (tagMatch.hasMatch()) {
            const qsizetype at = tagMatch.capturedStart() + 1;
            // One line may carry several tags: "  # @@recv @@await_read".
            const QStringList tags = text.mid(at).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            for (QString name : tags) {
                if (name.startsWith(QLatin1String("@@")))
                    name.remove(0, 2);
                const auto tag = lineTagFromName(name.toLatin1());
                if (tag && !l.lineOf.contains(*tag))
                    l.lineOf.insert(*tag, int(l.lines.size()));
            }
            text.truncate(at);
            // A comment that held only the tags goes with them.
            while (text.endsWith(QLatin1Char(' ')))
                text.chop(1);
            if (text.endsWith(QLatin1Char('#')) && !text.endsWith(QLatin1String("\\#"))) {
                text.chop(1);
                while (text.endsWith(QLatin1Char(' ')))
                    text.chop(1);
            }
        }
        if (dedent > 0 && text.startsWith(QString(dedent, QLatin1Char(' '))))
            text.remove(0, dedent);
        text.replace(QLatin1String("{recv_size}"), recvSize);
        text.replace(recvSizeName, recvSize);
        l.lines << text;
    }
    return l;
}

QString bytesLiteral(const QByteArray &data, Flavour f)
{
    QString text = escapeBytes(data);
    text.replace(QLatin1Char('"'), QLatin1String("\\\""));
    return f == Flavour::Python ? QStringLiteral("b\"%1\"").arg(text)
                                : QStringLiteral("\"%1\"").arg(text);
}

} // namespace

Listing listingFor(const QString &model, Flavour flavour, const QMap<QString, QString> &settings)
{
    if (model == QLatin1String("client")) {
        ClientScript generic;
        generic.steps = {ClientStep{StepKind::Connect},
                         ClientStep{StepKind::Send, 0, 0, 1, QByteArrayLiteral("hello\n")},
                         ClientStep{StepKind::Recv}, ClientStep{StepKind::Close}};
        return clientListing(generic, flavour, false);
    }
    const QString file = flavour == Flavour::Selectors
                             ? QStringLiteral(":/listings/%1-selectors.py").arg(model)
                             : QStringLiteral(":/listings/%1.%2").arg(model, extensionOf(flavour));
    const QStringList raw = readLines(file);
    if (raw.isEmpty())
        return {};
    return parse(raw, flavour, settings);
}

Listing clientListing(const ClientScript &script, Flavour flavour, bool udp)
{
    initListingResources();
    static const QJsonObject templates = [] {
        QFile file(QStringLiteral(":/listings/client-steps.json"));
        file.open(QIODevice::ReadOnly);
        return QJsonDocument::fromJson(file.readAll()).object();
    }();
    const QJsonObject t = templates.value(extensionOf(flavour)).toObject();
    Listing l;
    l.flavour = flavourName(flavour);
    for (const QJsonValue &line : t.value(QLatin1String("header")).toArray())
        l.lines << line.toString();
    auto add = [&](const char *key, LineTag family, QMap<QString, QString> fill) {
        QString text = t.value(QLatin1String(key)).toString();
        for (auto it = fill.cbegin(); it != fill.cend(); ++it)
            text.replace(QLatin1Char('{') + it.key() + QLatin1Char('}'), it.value());
        l.lines << text.split(QLatin1Char('\n'));
        Listing::Unit unit;
        unit.line = int(l.lines.size()) - 1; // the call is on the last line
        unit.family = family;
        if (family != LineTag::None && !l.lineOf.contains(family))
            l.lineOf.insert(family, unit.line);
        l.units << unit;
        return &l.units.last();
    };
    auto seconds = [](int ms) { return QString::number(ms / 1000.0, 'g', 4); };
    const LineTag sendTag = udp ? LineTag::SendTo : LineTag::Send;
    const LineTag recvTag = udp ? LineTag::RecvFrom : LineTag::Recv;
    for (const ClientStep &step : script.steps) {
        switch (step.kind) {
        case StepKind::Connect:
            add(udp ? "socket_udp" : "socket", LineTag::Socket, {});
            if (!udp)
                add("connect", LineTag::Connect, {});
            break;
        case StepKind::Sleep:
            add("sleep", LineTag::None,
                {{QStringLiteral("s"), seconds(step.ms)},
                 {QStringLiteral("us"), QString::number(qint64(step.ms) * 1000)}});
            break;
        case StepKind::Send:
        case StepKind::SendFramed:
            add(udp ? "send_udp" : "send", sendTag,
                {{QStringLiteral("data"), bytesLiteral(step.data, flavour)},
                 {QStringLiteral("n"), QString::number(step.data.size())}})
                ->bytes = int(step.data.size());
            break;
        case StepKind::SendBytes:
            add("send_bytes", sendTag, {{QStringLiteral("n"), QString::number(step.count)}})
                ->bytes = step.count;
            break;
        case StepKind::SendPieces: {
            const int pieces = std::max(1, step.pieces);
            const qsizetype size = (step.data.size() + pieces - 1) / pieces;
            for (int i = 0; i < pieces; ++i) {
                if (i > 0)
                    add("sleep", LineTag::None,
                        {{QStringLiteral("s"), seconds(step.ms)},
                         {QStringLiteral("us"), QString::number(qint64(step.ms) * 1000)}});
                const QByteArray piece = step.data.mid(i * size, size);
                add(udp ? "send_udp" : "send", sendTag,
                    {{QStringLiteral("data"), bytesLiteral(piece, flavour)},
                     {QStringLiteral("n"), QString::number(piece.size())}})
                    ->bytes = int(piece.size());
            }
            break;
        }
        case StepKind::Recv:
            add(udp ? "recv_udp" : "recv", recvTag,
                {{QStringLiteral("n"), QString::number(step.count > 0 ? step.count : 1024)}});
            break;
        case StepKind::RecvExactly: {
            auto *u =
                add("recv_exactly", recvTag, {{QStringLiteral("n"), QString::number(step.count)}});
            u->bytes = step.count;
            u->loop = true;
            break;
        }
        case StepKind::RecvUntil: {
            auto *u = add("recv_until", recvTag,
                          {{QStringLiteral("d"), bytesLiteral(step.delimiter, flavour)}});
            u->until = step.delimiter;
            u->loop = true;
            break;
        }
        case StepKind::ShutdownWrite:
            add("shutdown", LineTag::Shutdown, {});
            break;
        case StepKind::Close:
            add("close", LineTag::Close, {});
            break;
        case StepKind::WaitRelease:
            add("wait_release", LineTag::None, {});
            break;
        case StepKind::Count:
            break;
        }
    }
    return l;
}

namespace {

// Which unit family a call of a client belongs to.
LineTag familyOfKind(EventKind kind)
{
    switch (kind) {
    case EventKind::Socket:
        return LineTag::Socket;
    case EventKind::ConnectBegin:
    case EventKind::ConnectEnd:
        return LineTag::Connect;
    case EventKind::Send:
    case EventKind::SendBegin:
    case EventKind::SendEnd:
        return LineTag::Send;
    case EventKind::Sendto:
        return LineTag::SendTo;
    case EventKind::RecvBegin:
    case EventKind::RecvEnd:
        return LineTag::Recv;
    case EventKind::RecvfromBegin:
    case EventKind::RecvfromEnd:
        return LineTag::RecvFrom;
    case EventKind::Shutdown:
        return LineTag::Shutdown;
    case EventKind::Close:
        return LineTag::Close;
    default:
        return LineTag::None;
    }
}

LineTag familyOf(const Event &e)
{
    const bool failedCall = e.kind == EventKind::WouldBlock || e.kind == EventKind::Error;
    return familyOfKind(failedCall && e.call < kEventKindCount ? EventKind(e.call) : e.kind);
}

} // namespace

int clientLineAfter(const Listing &listing, const Trace &trace, std::uint32_t actor,
                    qsizetype index)
{
    const auto &units = listing.units;
    int u = -1;
    bool complete = false;
    int moved = 0; // bytes sent or received in the current unit
    for (qsizetype i = 0; i <= index && i < trace.size(); ++i) {
        const Event &e = trace.at(i);
        if (e.actor != actor)
            continue;
        const LineTag family = familyOf(e);
        if (family == LineTag::None)
            continue;
        const bool continues = u >= 0 && !complete && units[u].family == family;
        if (!continues) {
            int next = u + 1;
            while (next < units.size() && units[next].family != family)
                ++next;
            if (next >= units.size())
                continue; // not in the script (an error path): stay where it was
            u = next;
            moved = 0;
            complete = false;
        }
        const Listing::Unit &unit = units[u];
        if (e.err != 0 || e.interruptedByStop()) {
            complete = e.kind != EventKind::WouldBlock;
            continue;
        }
        switch (e.kind) {
        case EventKind::Socket:
        case EventKind::ConnectEnd:
        case EventKind::Shutdown:
        case EventKind::Close:
            complete = true;
            break;
        case EventKind::Send:
        case EventKind::SendEnd:
        case EventKind::Sendto:
            moved += std::max(0, e.bytes);
            complete = moved >= unit.bytes;
            break;
        case EventKind::RecvEnd:
        case EventKind::RecvfromEnd:
            moved += std::max(0, e.bytes);
            if (!unit.loop || e.bytes <= 0)
                complete = true;
            else if (!unit.until.isEmpty())
                complete = trace.preview(e).toByteArray().contains(unit.until);
            else
                complete = moved >= unit.bytes;
            break;
        default:
            break;
        }
    }
    if (u < 0)
        return -1;
    if (complete && u + 1 < units.size())
        return units[u + 1].line;
    return units[u].line;
}

} // namespace sockscope
