import socket, threading, time

def handle(conn):                   # runs in its own thread
    while True:
        data = conn.recv(1024)      # blocks this thread only  @@recv
        if not data or data.strip() == b"q":
            break
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
