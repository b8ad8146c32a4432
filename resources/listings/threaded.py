import socket, threading, time

def handle(conn):                   # runs in its own thread
@if protocol=delimited
    buffer = b""
@end
    while True:
        data = conn.recv({recv_size})      # waits in this thread only  @@recv
        if not data or data.strip() == b"q":
            break
@if protocol=delimited
        buffer += data
        if DELIM not in buffer:
            continue                # a piece, not a message: recv() again
        data, _, buffer = buffer.partition(DELIM)
@end
        time.sleep(WORK)  @@work
        conn.sendall(reply(data))  @@send
    conn.close()  @@close
    # the thread ends here  @@thread_exit

server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)  @@socket
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
server.bind(("127.0.0.1", PORT))  @@bind
server.listen(BACKLOG)  @@listen

while running:
    conn, addr = server.accept()    # main thread: accept only  @@accept
    threading.Thread(target=handle, args=(conn,)).start()  @@spawn_thread

server.close()  @@close_listener
