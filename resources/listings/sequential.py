import socket, time

server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)  @@socket
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
server.bind(("127.0.0.1", PORT))  @@bind
server.listen(BACKLOG)       # the queue the others wait in  @@listen

while running:
    conn, addr = server.accept()    # sleeps until a connection is queued  @@accept
@if protocol=delimited
    buffer = b""
@end
    while True:
        data = conn.recv({recv_size})      # sleeps until data or a close arrives  @@recv
        if not data or data.strip() == b"q":
            break                   # b"": the client closed
@if protocol=delimited
        buffer += data
        if DELIM not in buffer:
            continue                # a piece, not a message: recv() again
        data, _, buffer = buffer.partition(DELIM)
@end
        time.sleep(WORK)            # the handler's work  @@work
        conn.sendall(reply(data))  @@send
    conn.close()                    # only now: the next client  @@close

server.close()  @@close_listener
