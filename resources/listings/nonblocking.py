import socket, time
server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)  @@socket
server.bind(("127.0.0.1", PORT))  @@bind
server.listen(BACKLOG)  @@listen
server.setblocking(False)      # calls return at once  @@set_nonblocking
clients, pause = [], 0.025
while running:
    busy = False
    while True:                     # everyone waiting, not one a round
        try:
            conn, addr = server.accept()  @@accept
        except BlockingIOError:     # EAGAIN: nobody (more) yet  @@would_block
            break
        conn.setblocking(False); clients.append(conn); busy = True
    for conn in list(clients):
        try:
            data = conn.recv({recv_size})  @@recv
        except BlockingIOError:     # EAGAIN: nothing sent yet
            continue
        busy = True
        if data:
            time.sleep(WORK)  @@work
            conn.send(reply(data))  @@send
        else:
            clients.remove(conn); conn.close()  @@close
    pause = 0.025 if busy else min(pause * 2, 0.2)  # idle: try less often
    time.sleep(pause)               # try again a bit later  @@sleep
server.close()  @@close_listener
