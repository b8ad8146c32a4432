# Leaves a connection in CLOSE_WAIT (tst_watch): reads until the client has closed, then
# does not close its own end; waits for a line on standard input.
import os
import socket
import sys

port = int(sys.argv[1])
server = socket.socket()
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
server.bind(("127.0.0.1", port))
server.listen(5)
print("listening", server.getsockname()[1], flush=True)
conn, addr = server.accept()  # tag: accept
while conn.recv(1024):  # tag: recv
    pass
print("peer closed", flush=True)
sys.stdin.readline()
os._exit(0)  # ends without closing anything itself
