import select, socket, sys, time
server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)  @@socket
server.bind(("127.0.0.1", PORT))  @@bind
server.listen(BACKLOG)  @@listen
server.setblocking(False)  @@set_nonblocking
ep = select.epoll()               # the kernel keeps the list  @@epoll_create
ep.register(server.fileno(), select.EPOLLIN)  @@epoll_ctl
conns = {}
while running:
    for fd, events in ep.poll():    # only the ready ones  @@epoll_wait
        if fd == server.fileno():
            conn, addr = server.accept()  @@accept
            conn.setblocking(False)
            ep.register(conn.fileno(), select.EPOLLIN); conns[conn.fileno()] = conn
        elif fd == sys.stdin.fileno(): running = False  @@read_console
        else:
            data = conns[fd].recv({recv_size})  @@recv
            if data:
                time.sleep(WORK)  @@work
                conns[fd].send(reply(data))  @@send
            else:
                ep.unregister(fd)
                conns.pop(fd).close()  @@close
ep.close()
server.close()  @@close_listener
