# @# The epoll server as the lecture's selectors code, and a program: python3 -P
# @# epoll-selectors.py PORT [--backlog N] [--work SEC] [--recv-size N] [--protocol echo|delimited]
# @# A line on its standard input ends it, like the lecture's. "# @hidden" lines are not shown.
import selectors, socket, sys, time
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
running = True

def accept(server):                        # the callback of the listening socket
    conn, addr = server.accept()  # @@accept
    conn.setblocking(False)
    sel.register(conn, selectors.EVENT_READ, read)   # epoll_ctl(ADD)

def read(conn):                            # the callback of every client socket
    data = conn.recv(RECV_SIZE)  # @@recv
    if OPTIONS.protocol == "delimited":  # @if protocol=delimited
        buffers[conn] = buffers.get(conn, b"") + data
        if data and DELIM not in buffers[conn]:
            return                         # a piece, not a message: wait for more
        if data: data, _, buffers[conn] = buffers[conn].partition(DELIM)
    # @end
    if data and data.strip() != b"q":
        time.sleep(WORK)  # @@work
        conn.send(reply(data))  # @@send
    else:
        sel.unregister(conn)               # epoll_ctl(DEL)
        conn.close()  # @@close

def console(stdin):                        # a line typed ends the server
    global running
    if stdin.readline(): running = False  # @@read_console
    else: sel.unregister(stdin)            # end of input: nothing more to read

server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)  # @@socket
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
server.bind(("127.0.0.1", PORT))  # @@bind
server.listen(BACKLOG)  # @@listen
server.setblocking(False)  # @@set_nonblocking
sel = selectors.DefaultSelector()          # an EpollSelector on Linux  @@epoll_create
if OPTIONS.protocol == "delimited":  # @if protocol=delimited
    buffers = {}                           # socket -> the start of a message not complete yet
# @end
sel.register(server, selectors.EVENT_READ, accept)   # the data: a callback  @@epoll_ctl
# @# epoll refuses a regular file or /dev/null: with such a standard input, an empty pipe instead.
import os, stat  # @hidden
if not (stat.S_ISFIFO(os.fstat(0).st_mode) or stat.S_ISSOCK(os.fstat(0).st_mode) or os.isatty(0)):  # @hidden
    r, w = os.pipe(); os.close(w); os.dup2(r, 0)  # @hidden
sel.register(sys.stdin, selectors.EVENT_READ, console)
while running:
    for key, mask in sel.select():         # epoll_wait(): only the ready ones  @@epoll_wait
        callback = key.data                # what register() stored with it
        callback(key.fileobj)
sel.close()
server.close()  # @@close_listener
