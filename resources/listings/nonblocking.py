# @# Non-blocking sockets tried in a loop, and a program: python3 -P nonblocking.py PORT
# @# [--backlog N] [--work SEC] [--recv-size N] [--protocol echo|delimited]. "# @hidden" lines
# @# are not shown.
import socket, time
import argparse  # @hidden
options = argparse.ArgumentParser()  # @hidden
options.add_argument("port", type=int)  # @hidden
options.add_argument("--backlog", type=int, default=5)  # @hidden
options.add_argument("--work", type=float, default=0.0)  # @hidden
options.add_argument("--recv-size", type=int, default=1024)  # @hidden
options.add_argument("--protocol", choices=("echo", "delimited"), default="echo")  # @hidden
OPTIONS = options.parse_args()  # @hidden
PORT, BACKLOG, WORK, RECV_SIZE = OPTIONS.port, OPTIONS.backlog, OPTIONS.work, OPTIONS.recv_size  # @hidden
DELIM = b"\n"  # @hidden
def reply(data): return data + DELIM if OPTIONS.protocol == "delimited" else data  # @hidden

server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)  # @@socket
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
server.bind(("127.0.0.1", PORT))  # @@bind
server.listen(BACKLOG)  # @@listen
server.setblocking(False)      # calls return at once  @@set_nonblocking
clients, pause = [], 0.025
if OPTIONS.protocol == "delimited":  # @if protocol=delimited
    buffers = {}                    # socket -> the start of a message not complete yet
# @end
running = True
while running:
    busy = False
    while True:                     # everyone waiting, not one a round
        try:
            conn, addr = server.accept()  # @@accept
        except BlockingIOError:     # EAGAIN: nobody (more) yet  @@would_block
            break
        conn.setblocking(False); clients.append(conn); busy = True
    for conn in list(clients):
        try:
            data = conn.recv(RECV_SIZE)  # @@recv
        except BlockingIOError:     # EAGAIN: nothing sent yet
            continue
        busy = True
        if OPTIONS.protocol == "delimited":  # @if protocol=delimited
            buffers[conn] = buffers.get(conn, b"") + data
            if data and DELIM not in buffers[conn]:
                continue            # a piece, not a message: try again next round
            if data: data, _, buffers[conn] = buffers[conn].partition(DELIM)
        # @end
        if data and data.strip() != b"q":
            time.sleep(WORK)  # @@work
            conn.send(reply(data))  # @@send
        else:
            clients.remove(conn); conn.close()  # @@close
    pause = 0.025 if busy else min(pause * 2, 0.2)  # idle: try less often
    time.sleep(pause)               # try again a bit later  @@sleep
server.close()  # @@close_listener
