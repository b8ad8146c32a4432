#include "listing.h"

#include <initializer_list>

namespace sockscope {

namespace {

// One listing line: the tag it carries (None for most) and its text.
struct Line
{
    LineTag tag;
    const char *text;
};
constexpr LineTag _ = LineTag::None;

Listing build(Flavour flavour, std::initializer_list<Line> lines)
{
    Listing l;
    l.flavour = flavour == Flavour::Python ? QStringLiteral("Python") : QStringLiteral("C");
    for (const Line &line : lines) {
        if (line.tag != LineTag::None && !l.lineOf.contains(line.tag))
            l.lineOf.insert(line.tag, int(l.lines.size()));
        l.lines << QString::fromUtf8(line.text);
    }
    return l;
}

// ---- sequential -------------------------------------------------------------------------

Listing sequential(Flavour f)
{
    if (f == Flavour::Python) {
        return build(
            f,
            {
                {_, "import socket, time"},
                {_, ""},
                {LineTag::Socket, "server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)"},
                {_, "server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)"},
                {LineTag::Bind, "server.bind((\"127.0.0.1\", PORT))"},
                {LineTag::Listen, "server.listen(BACKLOG)       # the queue the others wait in"},
                {_, ""},
                {_, "while running:"},
                {LineTag::Accept, "    conn, addr = server.accept()    # blocks: no client yet"},
                {_, "    while True:"},
                {LineTag::Recv, "        data = conn.recv(1024)      # blocks: nothing sent yet"},
                {_, "        if not data or data.strip() == b\"q\":"},
                {_, "            break                   # b\"\": the client closed"},
                {LineTag::Work, "        time.sleep(WORK)            # the handler's work"},
                {LineTag::Send, "        conn.sendall(reply(data))"},
                {LineTag::Close, "    conn.close()                    # only now: the next client"},
                {_, ""},
                {LineTag::CloseListener, "server.close()"},
            });
    }
    return build(
        f, {
               {LineTag::Socket, "int server = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);"},
               {_, "setsockopt(server, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);"},
               {LineTag::Bind, "bind(server, (struct sockaddr *)&addr, sizeof addr);"},
               {LineTag::Listen, "listen(server, BACKLOG);            /* others queue here */"},
               {_, ""},
               {_, "while (running) {"},
               {LineTag::Accept, "    int conn = accept4(server, NULL, NULL, SOCK_CLOEXEC);"},
               {_, "    for (;;) {"},
               {LineTag::Recv, "        ssize_t n = recv(conn, buf, sizeof buf, 0);"},
               {_, "        if (n <= 0 || is_quit(buf, n))"},
               {_, "            break;                     /* 0: the client closed */"},
               {LineTag::Work, "        usleep(WORK_US);"},
               {LineTag::Send, "        send_all(conn, reply, reply_len(buf, n));"},
               {_, "    }"},
               {LineTag::Close, "    close(conn);                       /* now the next one */"},
               {_, "}"},
               {LineTag::CloseListener, "close(server);"},
           });
}

// ---- threaded ---------------------------------------------------------------------------

Listing threaded(Flavour f)
{
    if (f == Flavour::Python) {
        return build(
            f,
            {
                {_, "import socket, threading, time"},
                {_, ""},
                {_, "def handle(conn):                   # runs in its own thread"},
                {_, "    while True:"},
                {LineTag::Recv, "        data = conn.recv(1024)      # blocks this thread only"},
                {_, "        if not data or data.strip() == b\"q\":"},
                {_, "            break"},
                {LineTag::Work, "        time.sleep(WORK)"},
                {LineTag::Send, "        conn.sendall(reply(data))"},
                {LineTag::Close, "    conn.close()"},
                {LineTag::ThreadExit, "    # the thread ends here"},
                {_, ""},
                {LineTag::Socket, "server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)"},
                {_, "server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)"},
                {LineTag::Bind, "server.bind((\"127.0.0.1\", PORT))"},
                {LineTag::Listen, "server.listen(BACKLOG)"},
                {_, ""},
                {_, "while running:"},
                {LineTag::Accept, "    conn, addr = server.accept()    # main thread: accept only"},
                {LineTag::SpawnThread, "    threading.Thread(target=handle, args=(conn,)).start()"},
                {_, ""},
                {LineTag::CloseListener, "server.close()"},
            });
    }
    return build(
        f,
        {
            {_, "void *handle(void *arg) {            /* one thread per connection */"},
            {_, "    int conn = (int)(intptr_t)arg;"},
            {_, "    for (;;) {"},
            {LineTag::Recv, "        ssize_t n = recv(conn, buf, sizeof buf, 0);"},
            {_, "        if (n <= 0 || is_quit(buf, n))"},
            {_, "            break;"},
            {LineTag::Work, "        usleep(WORK_US);"},
            {LineTag::Send, "        send_all(conn, reply, reply_len(buf, n));"},
            {_, "    }"},
            {LineTag::Close, "    close(conn);"},
            {LineTag::ThreadExit, "    return NULL;                       /* the thread ends */"},
            {_, "}"},
            {_, ""},
            {LineTag::Socket, "int server = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);"},
            {_, "setsockopt(server, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);"},
            {LineTag::Bind, "bind(server, (struct sockaddr *)&addr, sizeof addr);"},
            {LineTag::Listen, "listen(server, BACKLOG);"},
            {_, "while (running) {"},
            {LineTag::Accept, "    int conn = accept4(server, NULL, NULL, SOCK_CLOEXEC);"},
            {_, "    pthread_t t;"},
            {LineTag::SpawnThread, "    pthread_create(&t, NULL, handle, (void *)(intptr_t)conn);"},
            {_, "}"},
            {LineTag::CloseListener, "close(server);"},
        });
}

// ---- forking ----------------------------------------------------------------------------

Listing forking(Flavour f)
{
    if (f == Flavour::Python) {
        return build(
            f,
            {
                {_, "import os, socket, time"},
                {_, "children = []"},
                {_, ""},
                {_, "def reap_finished():                # policy on-accept"},
                {_, "    for pid in list(children):"},
                {LineTag::Reap, "        done, status = os.waitpid(pid, os.WNOHANG)"},
                {_, "        if done: children.remove(pid)   # no longer a zombie"},
                {_, ""},
                {LineTag::Socket, "server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)"},
                {_, "server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)"},
                {LineTag::Bind, "server.bind((\"127.0.0.1\", PORT))"},
                {LineTag::Listen, "server.listen(BACKLOG)"},
                {_, "while running:"},
                {LineTag::Accept, "    conn, addr = server.accept()"},
                {_, "    reap_finished()"},
                {LineTag::Fork, "    pid = os.fork()                 # returns twice"},
                {_, "    if pid == 0:                    # in the child"},
                {LineTag::CloseListener,
                 "        server.close()              # not ours to accept on"},
                {_, "        while True:"},
                {LineTag::Recv, "            data = conn.recv(1024)"},
                {_, "            if not data or data.strip() == b\"q\": break"},
                {LineTag::Work, "            time.sleep(WORK)"},
                {LineTag::Send, "            conn.sendall(reply(data))"},
                {_, "        conn.close()"},
                {LineTag::ChildExit, "        os._exit(0)                 # a zombie until reaped"},
                {_, "    children.append(pid)            # in the parent"},
                {LineTag::Close,
                 "    conn.close()                    # the child has its own copy"},
            });
    }
    return build(
        f, {
               {_, "static pid_t children[MAX]; static int nchildren;"},
               {_, ""},
               {_, "static void reap_finished(void) {     /* policy on-accept */"},
               {_, "    for (int i = 0; i < nchildren; ++i)"},
               {LineTag::Reap, "        if (waitpid(children[i], &status, WNOHANG) > 0)"},
               {_, "            children[i--] = children[--nchildren];"},
               {_, "}"},
               {_, ""},
               {LineTag::Socket, "int server = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);"},
               {LineTag::Bind, "bind(server, (struct sockaddr *)&addr, sizeof addr);"},
               {LineTag::Listen, "listen(server, BACKLOG);"},
               {_, "while (running) {"},
               {LineTag::Accept, "    int conn = accept4(server, NULL, NULL, SOCK_CLOEXEC);"},
               {_, "    reap_finished();"},
               {LineTag::Fork, "    pid_t pid = fork();"},
               {_, "    if (pid == 0) {                    /* child: async-signal-safe only */"},
               {LineTag::CloseListener, "        close(server);"},
               {_, "        ssize_t n;"},
               {LineTag::Recv, "        while ((n = recv(conn, buf, sizeof buf, 0)) > 0 &&"},
               {_, "               !is_quit(buf, n)) {"},
               {LineTag::Work, "            usleep(WORK_US);"},
               {LineTag::Send, "            send_all(conn, reply, reply_len(buf, n));"},
               {_, "        }"},
               {_, "        close(conn);"},
               {LineTag::ChildExit,
                "        _exit(0);                      /* zombie until reaped */"},
               {_, "    }"},
               {_, "    children[nchildren++] = pid;"},
               {LineTag::Close, "    close(conn);                       /* parent's copy */"},
               {_, "}"},
           });
}

// ---- select / poll / epoll ----------------------------------------------------------------

Listing selectLoop(Flavour f)
{
    if (f == Flavour::Python) {
        return build(
            f,
            {
                {_, "import select, socket, sys, time"},
                {LineTag::Socket, "server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)"},
                {LineTag::Bind, "server.bind((\"127.0.0.1\", PORT))"},
                {LineTag::Listen, "server.listen(BACKLOG)"},
                {LineTag::SetNonBlocking, "server.setblocking(False)"},
                {_, "sockets_list = [server, sys.stdin]  # what select() watches"},
                {_, "pending = []                        # sockets with replies queued"},
                {_, "clients = {}                        # socket -> address"},
                {_, "running = True"},
                {_, "while running:"},
                {LineTag::Select,
                 "    readable, writable, _ = select.select(sockets_list, pending, [])"},
                {_, "    for s in readable:"},
                {_, "        if s is server:"},
                {LineTag::Accept, "            conn, addr = server.accept()"},
                {_, "            conn.setblocking(False)"},
                {_, "            sockets_list.append(conn); clients[conn] = addr"},
                {_, "        elif s is sys.stdin:"},
                {LineTag::ReadConsole, "            sys.stdin.readline(); running = False"},
                {_, "        else:"},
                {LineTag::Recv, "            data = s.recv(1024)     # ready: does not block"},
                {_, "            if data:"},
                {LineTag::Work, "                time.sleep(WORK)    # everyone waits meanwhile"},
                {LineTag::Send, "                s.send(reply(data))"},
                {_, "            else:                   # b\"\": the client closed"},
                {_, "                sockets_list.remove(s); del clients[s]"},
                {LineTag::Close, "                s.close()"},
                {LineTag::CloseListener, "server.close()"},
            });
    }
    return build(
        f, {
               {LineTag::Socket, "int server = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);"},
               {LineTag::Bind, "bind(server, (struct sockaddr *)&addr, sizeof addr);"},
               {LineTag::Listen, "listen(server, BACKLOG);"},
               {LineTag::SetNonBlocking, "fcntl(server, F_SETFL, O_NONBLOCK);"},
               {_, "while (running) {"},
               {_, "    fd_set rd; FD_ZERO(&rd);           /* rebuilt on every call */"},
               {_, "    FD_SET(server, &rd); FD_SET(STDIN_FILENO, &rd);"},
               {_, "    for (int i = 0; i < n; ++i) FD_SET(clients[i], &rd); /* < FD_SETSIZE */"},
               {LineTag::Select, "    select(maxfd + 1, &rd, &wr, NULL, NULL);"},
               {_, "    if (FD_ISSET(server, &rd)) {"},
               {LineTag::Accept, "        int c = accept4(server, NULL, NULL, SOCK_CLOEXEC);"},
               {_, "        fcntl(c, F_SETFL, O_NONBLOCK); clients[n++] = c;"},
               {_, "    }"},
               {LineTag::ReadConsole, "    if (FD_ISSET(STDIN_FILENO, &rd)) running = 0;"},
               {_, "    for (int i = 0; i < n; ++i) {"},
               {_, "        if (!FD_ISSET(clients[i], &rd)) continue;"},
               {LineTag::Recv, "        ssize_t len = recv(clients[i], buf, sizeof buf, 0);"},
               {_, "        if (len > 0) {"},
               {LineTag::Work, "            usleep(WORK_US);            /* blocks every client */"},
               {LineTag::Send, "            send(clients[i], reply, reply_len(buf, len), 0);"},
               {_, "        } else {                        /* 0: closed */"},
               {LineTag::Close, "            close(clients[i]); clients[i--] = clients[--n];"},
               {_, "        }"},
               {_, "    }"},
               {_, "}"},
               {LineTag::CloseListener, "close(server);"},
           });
}

Listing pollLoop(Flavour f)
{
    if (f == Flavour::Python) {
        return build(
            f,
            {
                {_, "import select, socket, sys, time"},
                {LineTag::Socket, "server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)"},
                {LineTag::Bind, "server.bind((\"127.0.0.1\", PORT))"},
                {LineTag::Listen, "server.listen(BACKLOG)"},
                {LineTag::SetNonBlocking, "server.setblocking(False)"},
                {_, "poller = select.poll()"},
                {_, "poller.register(server, select.POLLIN)"},
                {_, "by_fd = {server.fileno(): server}"},
                {_, "while running:"},
                {LineTag::Poll,
                 "    for fd, events in poller.poll():   # the whole list, each call"},
                {_, "        if fd == server.fileno():"},
                {LineTag::Accept, "            conn, addr = server.accept()"},
                {_, "            conn.setblocking(False)"},
                {_,
                 "            poller.register(conn, select.POLLIN); by_fd[conn.fileno()] = conn"},
                {LineTag::ReadConsole, "        elif fd == sys.stdin.fileno(): running = False"},
                {_, "        else:"},
                {_, "            s = by_fd[fd]"},
                {LineTag::Recv, "            data = s.recv(1024)"},
                {_, "            if data:"},
                {LineTag::Work, "                time.sleep(WORK)"},
                {LineTag::Send, "                s.send(reply(data))"},
                {_, "            else:"},
                {_, "                poller.unregister(s); del by_fd[fd]"},
                {LineTag::Close, "                s.close()"},
                {LineTag::CloseListener, "server.close()"},
            });
    }
    return build(
        f,
        {
            {LineTag::Socket, "int server = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);"},
            {LineTag::Bind, "bind(server, (struct sockaddr *)&addr, sizeof addr);"},
            {LineTag::Listen, "listen(server, BACKLOG);"},
            {LineTag::SetNonBlocking, "fcntl(server, F_SETFL, O_NONBLOCK);"},
            {_, "struct pollfd fds[MAX] = {{server, POLLIN}, {STDIN_FILENO, POLLIN}};"},
            {_, "int n = 2;                             /* no FD_SETSIZE limit */"},
            {_, "while (running) {"},
            {LineTag::Poll, "    poll(fds, n, -1);"},
            {_, "    for (int i = 0; i < n; ++i) {"},
            {_, "        if (!fds[i].revents) continue;"},
            {_, "        if (fds[i].fd == server) {"},
            {LineTag::Accept, "            int c = accept4(server, NULL, NULL, SOCK_CLOEXEC);"},
            {_, "            fcntl(c, F_SETFL, O_NONBLOCK);"},
            {_, "            fds[n++] = (struct pollfd){c, POLLIN};"},
            {LineTag::ReadConsole, "        } else if (fds[i].fd == STDIN_FILENO) { running = 0;"},
            {_, "        } else {"},
            {LineTag::Recv, "            ssize_t len = recv(fds[i].fd, buf, sizeof buf, 0);"},
            {_, "            if (len > 0) {"},
            {LineTag::Work, "                usleep(WORK_US);"},
            {LineTag::Send, "                send(fds[i].fd, reply, reply_len(buf, len), 0);"},
            {_, "            } else {"},
            {LineTag::Close, "                close(fds[i].fd); fds[i--] = fds[--n];"},
            {_, "            }"},
            {_, "        }"},
            {_, "    }"},
            {_, "}"},
            {LineTag::CloseListener, "close(server);"},
        });
}

Listing epollLoop(Flavour f)
{
    if (f == Flavour::Python) {
        return build(
            f,
            {
                {_, "import select, socket, sys, time"},
                {LineTag::Socket, "server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)"},
                {LineTag::Bind, "server.bind((\"127.0.0.1\", PORT))"},
                {LineTag::Listen, "server.listen(BACKLOG)"},
                {LineTag::SetNonBlocking, "server.setblocking(False)"},
                {LineTag::EpollCreate,
                 "ep = select.epoll()               # the kernel keeps the list"},
                {LineTag::EpollCtl, "ep.register(server.fileno(), select.EPOLLIN)"},
                {_, "conns = {}"},
                {_, "while running:"},
                {LineTag::EpollWait, "    for fd, events in ep.poll():    # only the ready ones"},
                {_, "        if fd == server.fileno():"},
                {LineTag::Accept, "            conn, addr = server.accept()"},
                {_, "            conn.setblocking(False)"},
                {_, "            ep.register(conn.fileno(), select.EPOLLIN); conns[conn.fileno()] "
                    "= conn"},
                {LineTag::ReadConsole, "        elif fd == sys.stdin.fileno(): running = False"},
                {_, "        else:"},
                {LineTag::Recv, "            data = conns[fd].recv(1024)"},
                {_, "            if data:"},
                {LineTag::Work, "                time.sleep(WORK)"},
                {LineTag::Send, "                conns[fd].send(reply(data))"},
                {_, "            else:"},
                {_, "                ep.unregister(fd)"},
                {LineTag::Close, "                conns.pop(fd).close()"},
                {_, "ep.close()"},
                {LineTag::CloseListener, "server.close()"},
            });
    }
    return build(
        f, {
               {LineTag::Socket, "int server = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);"},
               {LineTag::Bind, "bind(server, (struct sockaddr *)&addr, sizeof addr);"},
               {LineTag::Listen, "listen(server, BACKLOG);"},
               {LineTag::SetNonBlocking, "fcntl(server, F_SETFL, O_NONBLOCK);"},
               {LineTag::EpollCreate, "int ep = epoll_create1(EPOLL_CLOEXEC);"},
               {_, "struct epoll_event ev = {.events = EPOLLIN, .data.fd = server}, ready[64];"},
               {LineTag::EpollCtl,
                "epoll_ctl(ep, EPOLL_CTL_ADD, server, &ev);  /* once, not per call */"},
               {_, "while (running) {"},
               {LineTag::EpollWait,
                "    int n = epoll_wait(ep, ready, 64, -1);   /* only ready fds */"},
               {_, "    for (int i = 0; i < n; ++i) {"},
               {_, "        int fd = ready[i].data.fd;"},
               {_, "        if (fd == server) {"},
               {LineTag::Accept, "            int c = accept4(server, NULL, NULL, SOCK_CLOEXEC);"},
               {_, "            fcntl(c, F_SETFL, O_NONBLOCK);"},
               {_, "            ev.data.fd = c; epoll_ctl(ep, EPOLL_CTL_ADD, c, &ev);"},
               {LineTag::ReadConsole, "        } else if (fd == STDIN_FILENO) { running = 0;"},
               {_, "        } else {"},
               {LineTag::Recv, "            ssize_t len = recv(fd, buf, sizeof buf, 0);"},
               {_, "            if (len > 0) {"},
               {LineTag::Work, "                usleep(WORK_US);"},
               {LineTag::Send, "                send(fd, reply, reply_len(buf, len), 0);"},
               {_, "            } else {"},
               {_, "                epoll_ctl(ep, EPOLL_CTL_DEL, fd, NULL);"},
               {LineTag::Close, "                close(fd);"},
               {_, "            }"},
               {_, "        }"},
               {_, "    }"},
               {_, "}"},
               {LineTag::CloseListener, "close(ep); close(server);"},
           });
}

// ---- nonblocking ------------------------------------------------------------------------

Listing nonBlocking(Flavour f)
{
    if (f == Flavour::Python) {
        return build(
            f,
            {
                {_, "import socket, time"},
                {LineTag::Socket, "server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)"},
                {LineTag::Bind, "server.bind((\"127.0.0.1\", PORT))"},
                {LineTag::Listen, "server.listen(BACKLOG)"},
                {LineTag::SetNonBlocking, "server.setblocking(False)      # calls return at once"},
                {_, "clients = []"},
                {_, "while running:"},
                {_, "    try:"},
                {LineTag::Accept, "        conn, addr = server.accept()"},
                {_, "        conn.setblocking(False); clients.append(conn)"},
                {LineTag::WouldBlock, "    except BlockingIOError:         # EAGAIN: nobody yet"},
                {_, "        pass"},
                {_, "    for conn in list(clients):"},
                {_, "        try:"},
                {LineTag::Recv, "            data = conn.recv(1024)"},
                {_, "        except BlockingIOError:     # EAGAIN: nothing sent yet"},
                {_, "            continue"},
                {_, "        if data:"},
                {LineTag::Work, "            time.sleep(WORK)"},
                {LineTag::Send, "            conn.send(reply(data))"},
                {_, "        else:"},
                {LineTag::Close, "            clients.remove(conn); conn.close()"},
                {LineTag::Sleep, "    time.sleep(0.025)               # try again a bit later"},
                {LineTag::CloseListener, "server.close()"},
            });
    }
    return build(
        f,
        {
            {LineTag::Socket, "int server = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);"},
            {LineTag::Bind, "bind(server, (struct sockaddr *)&addr, sizeof addr);"},
            {LineTag::Listen, "listen(server, BACKLOG);"},
            {LineTag::SetNonBlocking, "fcntl(server, F_SETFL, O_NONBLOCK);"},
            {_, "while (running) {"},
            {LineTag::Accept, "    int c = accept4(server, NULL, NULL, SOCK_CLOEXEC);"},
            {LineTag::WouldBlock, "    if (c < 0 && errno == EAGAIN) { /* nobody yet: go on */ }"},
            {_, "    else if (c >= 0) { fcntl(c, F_SETFL, O_NONBLOCK); clients[n++] = c; }"},
            {_, "    for (int i = 0; i < n; ++i) {"},
            {LineTag::Recv, "        ssize_t len = recv(clients[i], buf, sizeof buf, 0);"},
            {_, "        if (len < 0 && errno == EAGAIN) continue;   /* nothing yet */"},
            {_, "        if (len > 0) {"},
            {LineTag::Work, "            usleep(WORK_US);"},
            {LineTag::Send, "            send(clients[i], reply, reply_len(buf, len), 0);"},
            {_, "        } else {"},
            {LineTag::Close, "            close(clients[i]); clients[i--] = clients[--n];"},
            {_, "        }"},
            {_, "    }"},
            {LineTag::Sleep,
             "    usleep(25000);                     /* then try everyone again */"},
            {_, "}"},
            {LineTag::CloseListener, "close(server);"},
        });
}

// ---- udp --------------------------------------------------------------------------------

Listing udp(Flavour f)
{
    if (f == Flavour::Python) {
        return build(
            f,
            {
                {_, "import socket, time"},
                {_, ""},
                {_, "# A datagram socket: every recvfrom() is one whole message from"},
                {_, "# whoever sent it. No connection, so no accept() and no recv() of 0:"},
                {_, "# the server cannot tell that a client has gone."},
                {LineTag::Socket, "sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)"},
                {LineTag::Bind, "sock.bind((\"127.0.0.1\", PORT))   # no listen(), no accept()"},
                {_, ""},
                {_, "while running:"},
                {LineTag::RecvFrom,
                 "    data, addr = sock.recvfrom(65535)   # who sent it comes along"},
                {_, "    print(\"from\", addr, data)"},
                {LineTag::Work, "    time.sleep(WORK)"},
                {LineTag::SendTo, "    sock.sendto(reply(data), addr)      # answer that address"},
                {_, "    # a lost datagram is simply lost: no retransmission"},
                {_, ""},
                {LineTag::CloseListener, "sock.close()"},
            });
    }
    return build(
        f,
        {
            {_, "/* Datagrams: one recvfrom() is one whole message, with its sender. */"},
            {LineTag::Socket, "int sock = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);"},
            {_, "struct sockaddr_in addr = {.sin_family = AF_INET, .sin_port = htons(PORT)};"},
            {_, "inet_pton(AF_INET, \"127.0.0.1\", &addr.sin_addr);"},
            {LineTag::Bind, "bind(sock, (struct sockaddr *)&addr, sizeof addr);  /* no listen */"},
            {_, ""},
            {_, "while (running) {"},
            {_, "    struct sockaddr_in from; socklen_t len = sizeof from;"},
            {LineTag::RecvFrom, "    ssize_t n = recvfrom(sock, buf, sizeof buf, 0,"},
            {_, "                         (struct sockaddr *)&from, &len);"},
            {_, "    if (n < 0) continue;"},
            {LineTag::Work, "    usleep(WORK_US);"},
            {LineTag::SendTo, "    sendto(sock, reply, reply_len(buf, n), 0,"},
            {_, "           (struct sockaddr *)&from, len);"},
            {_, "}"},
            {LineTag::CloseListener, "close(sock);"},
        });
}

// ---- the scripted client ----------------------------------------------------------------

Listing client(Flavour f)
{
    if (f == Flavour::Python) {
        return build(
            f,
            {
                {_, "import socket, time"},
                {_, ""},
                {LineTag::Socket, "s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)"},
                {LineTag::Connect, "s.connect((\"127.0.0.1\", PORT))     # blocks until accepted"},
                {LineTag::Sleep, "time.sleep(DELAY)"},
                {LineTag::Send, "s.sendall(b\"hello\\n\")"},
                {LineTag::SendTo, "# UDP: s.sendto(b\"hello\", (\"127.0.0.1\", PORT))"},
                {LineTag::Recv, "reply = s.recv(1024)              # blocks until the reply"},
                {LineTag::RecvFrom, "# UDP: reply, addr = s.recvfrom(1024)"},
                {LineTag::Shutdown, "s.shutdown(socket.SHUT_WR)        # \"I am done sending\""},
                {LineTag::Close, "s.close()"},
            });
    }
    return build(
        f,
        {
            {LineTag::Socket, "int s = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);"},
            {LineTag::Connect, "connect(s, (struct sockaddr *)&server, sizeof server);"},
            {LineTag::Sleep, "usleep(DELAY_US);"},
            {LineTag::Send, "send(s, \"hello\\n\", 6, 0);"},
            {LineTag::SendTo, "/* UDP: sendto(s, msg, len, 0, (struct sockaddr *)&server, sz); */"},
            {LineTag::Recv, "ssize_t n = recv(s, buf, sizeof buf, 0);"},
            {LineTag::RecvFrom, "/* UDP: recvfrom(s, buf, sizeof buf, 0, NULL, NULL); */"},
            {LineTag::Shutdown, "shutdown(s, SHUT_WR);"},
            {LineTag::Close, "close(s);"},
        });
}

} // namespace

Listing listingFor(const QString &model, Flavour flavour)
{
    using Maker = Listing (*)(Flavour);
    static const struct
    {
        const char *name;
        Maker make;
    } makers[] = {
        {"sequential", sequential},   {"threaded", threaded}, {"forking", forking},
        {"select", selectLoop},       {"poll", pollLoop},     {"epoll", epollLoop},
        {"nonblocking", nonBlocking}, {"udp", udp},           {"client", client},
    };
    for (const auto &m : makers) {
        if (model == QLatin1String(m.name))
            return m.make(flavour);
    }
    return {};
}

} // namespace sockscope
