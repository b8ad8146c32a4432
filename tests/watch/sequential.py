# A sequential echo server for tst_watch: serves COUNT clients one after another, then ends.
# Usage: python3 sequential.py PORT COUNT   (PORT 0: any; prints "listening PORT")
import socket
import sys

port, count = int(sys.argv[1]), int(sys.argv[2])
server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
server.bind(("127.0.0.1", port))
server.listen(5)
print("listening", server.getsockname()[1], flush=True)
for _ in range(count):
    conn, addr = server.accept()  # tag: accept
    while True:
        data = conn.recv(1024)  # tag: recv
        if not data:
            break
        conn.sendall(data)  # tag: send
    conn.close()
server.close()
