# @# A select() server, and a program: python3 -P select.py PORT [--backlog N] [--work SEC]
# @# [--recv-size N] [--protocol echo|delimited] (-P: this folder's select.py is not the module).
# @# A line on its standard input ends it, like the lecture's. "# @hidden" lines are not shown.
import select, socket, sys, time
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
server.setblocking(False)  # @@set_nonblocking
sockets_list = [server, sys.stdin]  # what select() watches for reading
unsent = {}                         # socket -> the bytes of its reply that did not fit yet
if OPTIONS.protocol == "delimited":  # @if protocol=delimited
    buffers = {}                    # socket -> the start of a message not complete yet
# @end
running = True
while running:
    readable, writable, _ = select.select(sockets_list, list(unsent), [])  # @@select
    for s in readable:
        if s is server:
            conn, addr = server.accept()  # @@accept
            conn.setblocking(False)
            sockets_list.append(conn)
        elif s is sys.stdin:           # a line typed ends the server
            if sys.stdin.readline(): running = False  # @@read_console
            else: sockets_list.remove(sys.stdin)    # end of input: nothing more to read
        else:
            data = s.recv(RECV_SIZE)     # ready: does not block  @@recv
            if OPTIONS.protocol == "delimited":  # @if protocol=delimited
                buffers[s] = buffers.get(s, b"") + data
                if data and DELIM not in buffers[s]:
                    continue            # a piece, not a message: wait for more
                if data: data, _, buffers[s] = buffers[s].partition(DELIM)
            # @end
            if data and data.strip() != b"q":
                time.sleep(WORK)    # everyone waits meanwhile  @@work
                out = unsent.pop(s, b"") + reply(data)  # behind what an earlier reply left
                try:
                    sent = s.send(out)  # what fits in the send buffer  @@send
                except BlockingIOError:
                    sent = 0        # none of it fits
                if sent < len(out): # the rest once select() says it is writable
                    unsent[s] = out[sent:]
            else:                   # b"": the client closed (b"q": it asked to)
                sockets_list.remove(s); unsent.pop(s, None)
                s.close()  # @@close
    for s in writable:              # room again in its send buffer
        if s in unsent:             # (unless it was closed above)
            rest = unsent.pop(s)
            rest = rest[s.send(rest):]
            if rest: unsent[s] = rest
server.close()  # @@close_listener
