# A UDP echo server (tst_watch): answers COUNT datagrams, then ends.
import socket
import sys

port, count = int(sys.argv[1]), int(sys.argv[2])
server = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
server.bind(("127.0.0.1", port))
print("listening", server.getsockname()[1], flush=True)
for _ in range(count):
    data, addr = server.recvfrom(1024)  # tag: recvfrom
    server.sendto(data, addr)  # tag: sendto
server.close()
