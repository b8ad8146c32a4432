#include "scenario.h"

#include <array>
#include <cerrno>

namespace sockscope {

namespace {
struct ErrnoName
{
    const char *name;
    int value;
};

// The errors a socket lesson can show; EWOULDBLOCK is EAGAIN on Linux.
constexpr std::array<ErrnoName, 17> kErrnoNames = {{
    {"EADDRINUSE", EADDRINUSE},
    {"EADDRNOTAVAIL", EADDRNOTAVAIL},
    {"ECONNREFUSED", ECONNREFUSED},
    {"ECONNRESET", ECONNRESET},
    {"ECONNABORTED", ECONNABORTED},
    {"EAGAIN", EAGAIN},
    {"EWOULDBLOCK", EWOULDBLOCK},
    {"EINPROGRESS", EINPROGRESS},
    {"EPIPE", EPIPE},
    {"EMFILE", EMFILE},
    {"ENFILE", ENFILE},
    {"ETIMEDOUT", ETIMEDOUT},
    {"EACCES", EACCES},
    {"EINVAL", EINVAL},
    {"EBADF", EBADF},
    {"EINTR", EINTR},
    {"ENOTCONN", ENOTCONN},
}};
} // namespace

const ScenarioVariant *Scenario::variant(const QString &name) const
{
    for (const ScenarioVariant &v : variants) {
        if (v.name == name)
            return &v;
    }
    return nullptr;
}

QStringList Scenario::runNames() const
{
    QStringList names = models;
    for (const ScenarioVariant &v : variants)
        names << v.name;
    return names;
}

bool blockingWorkFits(std::optional<bool> wanted, const QMap<QString, QString> &settings)
{
    if (!wanted)
        return true;
    const auto it = settings.constFind(QStringLiteral("blocking_work"));
    return it != settings.cend() &&
           *it == (*wanted ? QLatin1String("true") : QLatin1String("false"));
}

RunConfig Scenario::configFor(const QString &model) const
{
    if (const ScenarioVariant *v = variant(model)) {
        RunConfig result = configFor(v->model);
        if (v->blockingWork)
            result.server.blockingWork = *v->blockingWork;
        result.server.variant = v->name;
        return result;
    }
    RunConfig result = config;
    result.server.model = model;
    if (model == QLatin1String("udp")) {
        for (auto &client : result.clients)
            client.udp = true;
    }
    return result;
}

std::optional<int> errnoFromName(QStringView name)
{
    for (const auto &e : kErrnoNames) {
        if (name == QLatin1String(e.name))
            return e.value;
    }
    return std::nullopt;
}

QString errnoName(int err)
{
    if (err == 0)
        return QStringLiteral("0");
    for (const auto &e : kErrnoNames) {
        if (e.value == err)
            return QLatin1String(e.name);
    }
    return QString::number(err);
}

QStringList knownErrnoNames()
{
    QStringList names;
    for (const auto &e : kErrnoNames)
        names << QLatin1String(e.name);
    return names;
}

} // namespace sockscope
