#include "modelinfo.h"

#include <QCoreApplication>

namespace sockscope {

const std::vector<ModelInfo> &allModels()
{
    static const std::vector<ModelInfo> models = {
        {QStringLiteral("sequential"), QCoreApplication::translate("Models", "Sequential"),
         QCoreApplication::translate(
             "Models", "One client at a time: accept, serve it to the end, accept the next.")},
        {QStringLiteral("threaded"), QCoreApplication::translate("Models", "Thread per client"),
         QCoreApplication::translate(
             "Models", "The main thread accepts; each connection gets a thread of its own.")},
        {QStringLiteral("forking"), QCoreApplication::translate("Models", "Process per client"),
         QCoreApplication::translate(
             "Models",
             "fork() a child per connection; finished children are zombies until reaped.")},
        {QStringLiteral("select"), QCoreApplication::translate("Models", "select()"),
         QCoreApplication::translate(
             "Models",
             "One thread waits in select() on every socket and serves whichever is ready.")},
        {QStringLiteral("poll"), QCoreApplication::translate("Models", "poll()"),
         QCoreApplication::translate(
             "Models",
             "Like select(), with an array of pollfd instead of bit sets; no 1024 limit.")},
        {QStringLiteral("epoll"), QCoreApplication::translate("Models", "epoll"),
         QCoreApplication::translate(
             "Models",
             "The kernel keeps the interest list; epoll_wait() returns only ready sockets.")},
        {QStringLiteral("nonblocking"), QCoreApplication::translate("Models", "Non-blocking loop"),
         QCoreApplication::translate(
             "Models",
             "Non-blocking sockets tried in a loop: every call that would wait returns EAGAIN.")},
        {QStringLiteral("asyncio"), QCoreApplication::translate("Models", "asyncio"),
         QCoreApplication::translate(
             "Models",
             "One thread, one epoll loop, a coroutine (task) per client that awaits instead of "
             "blocking.")},
        {QStringLiteral("udp"), QCoreApplication::translate("Models", "UDP echo"),
         QCoreApplication::translate(
             "Models",
             "Datagrams: no listen, no accept, no connection; recvfrom() tells who sent.")},
    };
    return models;
}

const ModelInfo *findModel(const QString &name)
{
    for (const auto &m : allModels()) {
        if (m.name == name)
            return &m;
    }
    return nullptr;
}

QStringList modelNames()
{
    QStringList names;
    for (const auto &m : allModels())
        names << m.name;
    return names;
}

} // namespace sockscope
