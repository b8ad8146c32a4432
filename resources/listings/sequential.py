import socket, time

server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)  @@socket
@if restart=true
# the restart makes these lines again at once, first without SO_REUSEADDR
@end
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
server.bind(("127.0.0.1", PORT))  @@bind
server.listen(BACKLOG)       # the queue the others wait in  @@listen
@if accept_delay_ms!=0
time.sleep(ACCEPT_DELAY)     # nobody accepts: the kernel queues handshakes  @@sleep
@end
@if close_on_eof=false
forgotten = []               # connections this server no longer watches
@end

while running:
    conn, addr = server.accept()    # sleeps until a connection is queued  @@accept
@if send_buffer!=0
    conn.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, SEND_BUFFER)
@end
@if protocol=delimited
    buffer = b""
@end
    while True:
        data = conn.recv({recv_size})      # sleeps until data or a close arrives  @@recv
@if close_on_eof=false
        if not data:
            forgotten.append(conn)  # the bug: never closed, stays in CLOSE_WAIT
            break
@end
        if not data or data.strip() == b"q":
            break                   # b"": the client closed
@if protocol=delimited
        buffer += data
        if DELIM not in buffer:
            continue                # a piece, not a message: recv() again
        data, _, buffer = buffer.partition(DELIM)
@end
        time.sleep(WORK)            # the handler's work  @@work
@if send_bytes=0
        conn.sendall(reply(data))  @@send
@end
@if send_bytes!=0
        conn.sendall(FILLER)        # SEND_BYTES bytes: blocks while the buffers are full  @@send
@end
@if close_on_eof=true
    conn.close()                    # only now: the next client  @@close
@end
@if close_on_eof=false
    if conn not in forgotten:
        conn.close()  @@close
@end

server.close()  @@close_listener
