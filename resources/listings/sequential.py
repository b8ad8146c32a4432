# @# A sequential server, and a program: python3 -P sequential.py PORT [--backlog N] [--work SEC]
# @# [--recv-size N] [--protocol echo|delimited]. "# @hidden" lines are left out of the listing.
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
running = True  # @hidden
def reply(data): return data  # @hidden

server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)  # @@socket
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
server.bind(("127.0.0.1", PORT))  # @@bind
server.listen(BACKLOG)       # the queue the others wait in  @@listen

while running:
    conn, addr = server.accept()    # sleeps until a connection is queued  @@accept
    if OPTIONS.protocol == "delimited":  # @if protocol=delimited
        buffer = b""
    # @end
    while True:
        data = conn.recv(RECV_SIZE)      # sleeps until data or a close arrives  @@recv
        if not data or data.strip() == b"q":
            break                   # b"": the client closed
        if OPTIONS.protocol == "delimited":  # @if protocol=delimited
            buffer += data
            if DELIM not in buffer:
                continue                # a piece, not a message: recv() again
            data, _, buffer = buffer.partition(DELIM)
        # @end
        time.sleep(WORK)            # the handler's work  @@work
        conn.sendall(reply(data))  # @@send
    conn.close()                    # only now: the next client  @@close

server.close()  # @@close_listener
