# A process per client that never reaps its children (tst_watch): after COUNT clients the
# parent waits for one more line on standard input, with its children zombies meanwhile.
import os
import socket
import sys

port, count = int(sys.argv[1]), int(sys.argv[2])
server = socket.socket()
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
server.bind(("127.0.0.1", port))
server.listen(5)
print("listening", server.getsockname()[1], flush=True)
for _ in range(count):
    conn, addr = server.accept()  # tag: accept
    pid = os.fork()  # tag: fork
    if pid == 0:
        server.close()
        while True:
            data = conn.recv(1024)  # tag: recv
            if not data:
                break
            conn.sendall(data)
        conn.close()
        os._exit(0)  # tag: exit
    conn.close()
print("served", count, flush=True)
sys.stdin.readline()
