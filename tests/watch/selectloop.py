# A select() loop (tst_watch): echoes until COUNT clients have come and gone.
import select
import socket
import sys

port, count = int(sys.argv[1]), int(sys.argv[2])
server = socket.socket()
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
server.bind(("127.0.0.1", port))
server.listen(5)
print("listening", server.getsockname()[1], flush=True)
sockets = [server]
finished = 0
while finished < count:
    readable, _, _ = select.select(sockets, [], [])  # tag: select
    for s in readable:
        if s is server:
            conn, addr = server.accept()  # tag: accept
            sockets.append(conn)
        else:
            data = s.recv(1024)  # tag: recv
            if data:
                s.sendall(data)
            else:
                sockets.remove(s)
                s.close()
                finished += 1
server.close()
