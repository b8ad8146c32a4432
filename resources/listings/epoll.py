# @# An epoll server, and a program: python3 -P epoll.py PORT [--backlog N] [--work SEC]
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
ep = select.epoll()               # the kernel keeps the list  @@epoll_create
ep.register(server.fileno(), select.EPOLLIN)  # @@epoll_ctl
# @# epoll refuses a regular file or /dev/null: with such a standard input, an empty pipe instead.
import os, stat  # @hidden
if not (stat.S_ISFIFO(os.fstat(0).st_mode) or stat.S_ISSOCK(os.fstat(0).st_mode) or os.isatty(0)):  # @hidden
    r, w = os.pipe(); os.close(w); os.dup2(r, 0)  # @hidden
ep.register(sys.stdin.fileno(), select.EPOLLIN)
conns = {}
if OPTIONS.protocol == "delimited":  # @if protocol=delimited
    buffers = {}                    # fd -> the start of a message not complete yet
# @end
running = True
while running:
    for fd, events in ep.poll():    # only the ready ones  @@epoll_wait
        if fd == server.fileno():
            conn, addr = server.accept()  # @@accept
            conn.setblocking(False)
            ep.register(conn.fileno(), select.EPOLLIN); conns[conn.fileno()] = conn
        elif fd == sys.stdin.fileno():  # a line typed ends the server
            if sys.stdin.readline(): running = False  # @@read_console
            else: ep.unregister(fd)                 # end of input: nothing more to read
        elif fd in conns:
            data = conns[fd].recv(RECV_SIZE)  # @@recv
            if OPTIONS.protocol == "delimited":  # @if protocol=delimited
                buffers[fd] = buffers.get(fd, b"") + data
                if data and DELIM not in buffers[fd]:
                    continue            # a piece, not a message: wait for more
                if data: data, _, buffers[fd] = buffers[fd].partition(DELIM)
            # @end
            if data and data.strip() != b"q":
                time.sleep(WORK)  # @@work
                conns[fd].send(reply(data))  # @@send
            else:
                ep.unregister(fd)
                conns.pop(fd).close()  # @@close
ep.close()
server.close()  # @@close_listener
