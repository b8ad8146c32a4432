import socket, time

# A datagram socket: every recvfrom() is one whole message from
# whoever sent it. No connection, so no accept() and no recv() of 0:
# the server cannot tell that a client has gone.
sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)  @@socket
sock.bind(("127.0.0.1", PORT))   # no listen(), no accept()  @@bind

while running:
    data, addr = sock.recvfrom(65535)   # who sent it comes along  @@recvfrom
    print("from", addr, data)
    time.sleep(WORK)  @@work
    sock.sendto(reply(data), addr)      # answer that address  @@sendto
    # a lost datagram is simply lost: no retransmission

sock.close()  @@close_listener
