import selectors, socket, sys, time
sel = selectors.DefaultSelector()          # an EpollSelector on Linux  @@epoll_create

def accept(server):                        # the callback of the listening socket
    conn, addr = server.accept()  @@accept
    conn.setblocking(False)
    sel.register(conn, selectors.EVENT_READ, read)   # epoll_ctl(ADD)

def read(conn):                            # the callback of every client socket
    data = conn.recv({recv_size})  @@recv
    if data:
        time.sleep(WORK)  @@work
        conn.send(reply(data))  @@send
    else:
        sel.unregister(conn)               # epoll_ctl(DEL)
        conn.close()  @@close

def console(stdin):
    global running; running = False  @@read_console

server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)  @@socket
server.bind(("127.0.0.1", PORT))  @@bind
server.listen(BACKLOG)  @@listen
server.setblocking(False)  @@set_nonblocking
sel.register(server, selectors.EVENT_READ, accept)   # the data: a callback  @@epoll_ctl
sel.register(sys.stdin, selectors.EVENT_READ, console)
while running:
    for key, mask in sel.select():         # epoll_wait(): only the ready ones  @@epoll_wait
        callback = key.data                # what register() stored with it
        callback(key.fileobj)
sel.close()
server.close()  @@close_listener
