import select, socket, sys, time
server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)  @@socket
server.bind(("127.0.0.1", PORT))  @@bind
server.listen(BACKLOG)  @@listen
server.setblocking(False)  @@set_nonblocking
sockets_list = [server, sys.stdin]  # what select() watches
pending = []                        # sockets whose reply did not fit the send buffer
unsent = {}                         # socket -> the bytes of its reply still to send
buffers = {}                        # socket -> the start of a message not complete yet
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
                out = reply(data)
                sent = s.send(out)  # what fits in the send buffer  @@send
                if sent < len(out): # the rest once select() says it is writable
                    unsent[s] = out[sent:]; pending.append(s)
            else:                   # b"": the client closed
                sockets_list.remove(s); del clients[s]
                if s in pending: pending.remove(s)
                s.close()  @@close
    for s in writable:              # room again in its send buffer
        sent = s.send(unsent[s])
        unsent[s] = unsent[s][sent:]
        if not unsent[s]: pending.remove(s)
server.close()  @@close_listener
