import select, socket, sys, time
server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)  @@socket
server.bind(("127.0.0.1", PORT))  @@bind
server.listen(BACKLOG)  @@listen
server.setblocking(False)  @@set_nonblocking
poller = select.poll()
poller.register(server, select.POLLIN)
by_fd = {server.fileno(): server}
while running:
    for fd, events in poller.poll():   # the whole list, each call  @@poll
        if fd == server.fileno():
            conn, addr = server.accept()  @@accept
            conn.setblocking(False)
            poller.register(conn, select.POLLIN); by_fd[conn.fileno()] = conn
        elif fd == sys.stdin.fileno(): running = False  @@read_console
        else:
            s = by_fd[fd]
            data = s.recv({recv_size})  @@recv
            if data:
                time.sleep(WORK)  @@work
                s.send(reply(data))  @@send
            else:
                poller.unregister(s); del by_fd[fd]
                s.close()  @@close
server.close()  @@close_listener
