# A selectors loop (epoll underneath) for tst_watch: echoes until COUNT clients have gone.
import selectors
import socket
import sys

port, count = int(sys.argv[1]), int(sys.argv[2])
sel = selectors.DefaultSelector()
server = socket.socket()
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
server.bind(("127.0.0.1", port))
server.listen(5)
server.setblocking(False)
sel.register(server, selectors.EVENT_READ)
print("listening", server.getsockname()[1], flush=True)
finished = 0
while finished < count:
    for key, _ in sel.select():  # tag: select
        s = key.fileobj
        if s is server:
            conn, addr = server.accept()  # tag: accept
            conn.setblocking(False)
            sel.register(conn, selectors.EVENT_READ)
        else:
            data = s.recv(1024)  # tag: recv
            if data:
                s.send(data)
            else:
                sel.unregister(s)
                s.close()
                finished += 1
server.close()
