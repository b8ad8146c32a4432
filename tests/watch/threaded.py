# A thread per client (tst_watch): serves COUNT clients, joins their threads, then ends.
import socket
import sys
import threading

port, count = int(sys.argv[1]), int(sys.argv[2])


def handle(conn):
    while True:
        data = conn.recv(1024)  # tag: recv
        if not data:
            break
        conn.sendall(data)
    conn.close()


server = socket.socket()
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
server.bind(("127.0.0.1", port))
server.listen(5)
print("listening", server.getsockname()[1], flush=True)
threads = []
for _ in range(count):
    conn, addr = server.accept()  # tag: accept
    t = threading.Thread(target=handle, args=(conn,))
    t.start()  # tag: spawn
    threads.append(t)
for t in threads:
    t.join()
server.close()
