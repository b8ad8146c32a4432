# @# A UDP echo server, and a program: python3 -P udp.py PORT [--work SEC].
import socket, time
import argparse  # @hidden
options = argparse.ArgumentParser()  # @hidden
options.add_argument("port", type=int)  # @hidden
options.add_argument("--work", type=float, default=0.0)  # @hidden
OPTIONS = options.parse_args()  # @hidden
PORT, WORK = OPTIONS.port, OPTIONS.work  # @hidden
running = True  # @hidden
def reply(data): return data  # @hidden

# A datagram socket: every recvfrom() is one whole message from
# whoever sent it. No connection, so no accept() and no recv() of 0:
# the server cannot tell that a client has gone.
sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)  # @@socket
sock.bind(("127.0.0.1", PORT))   # no listen(), no accept()  @@bind

while running:
    data, addr = sock.recvfrom(65535)   # who sent it comes along  @@recvfrom
    print("from", addr, data)
    time.sleep(WORK)  # @@work
    sock.sendto(reply(data), addr)      # answer that address  @@sendto
    # a lost datagram is simply lost: no retransmission

sock.close()  # @@close_listener
