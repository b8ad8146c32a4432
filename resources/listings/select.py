import select, socket, sys, time
server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)  @@socket
server.bind(("127.0.0.1", PORT))  @@bind
server.listen(BACKLOG)  @@listen
server.setblocking(False)  @@set_nonblocking
sockets_list = [server, sys.stdin]  # what select() watches
pending = []                        # sockets with replies queued
clients = {}                        # socket -> address
running = True
while running:
    readable, writable, _ = select.select(sockets_list, pending, [])  @@select
    for s in readable:
        if s is server:
            conn, addr = server.accept()  @@accept
            conn.setblocking(False)
            sockets_list.append(conn); clients[conn] = addr
        elif s is sys.stdin:
            sys.stdin.readline(); running = False  @@read_console
        else:
            data = s.recv({recv_size})     # ready: does not block  @@recv
@if protocol=delimited
            buffers[s] = buffers.get(s, b"") + data
            if data and DELIM not in buffers[s]:
                continue            # a piece, not a message: wait for more
            data, _, buffers[s] = buffers[s].partition(DELIM)
@end
            if data:
                time.sleep(WORK)    # everyone waits meanwhile  @@work
                s.send(reply(data))  @@send
            else:                   # b"": the client closed
                sockets_list.remove(s); del clients[s]
                s.close()  @@close
server.close()  @@close_listener
