import socket, time
server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)  @@socket
server.bind(("127.0.0.1", PORT))  @@bind
server.listen(BACKLOG)  @@listen
server.setblocking(False)      # calls return at once  @@set_nonblocking
clients = []
while running:
    try:
        conn, addr = server.accept()  @@accept
        conn.setblocking(False); clients.append(conn)
    except BlockingIOError:         # EAGAIN: nobody yet  @@would_block
        pass
    for conn in list(clients):
        try:
            data = conn.recv({recv_size})  @@recv
        except BlockingIOError:     # EAGAIN: nothing sent yet
            continue
        if data:
            time.sleep(WORK)  @@work
            conn.send(reply(data))  @@send
        else:
            clients.remove(conn); conn.close()  @@close
    time.sleep(0.025)               # try again a bit later  @@sleep
server.close()  @@close_listener
