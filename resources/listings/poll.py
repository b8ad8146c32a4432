# @# A poll() server, and a program: python3 -P poll.py PORT [--backlog N] [--work SEC]
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
poller = select.poll()
poller.register(server, select.POLLIN)
poller.register(sys.stdin, select.POLLIN)
by_fd = {server.fileno(): server}
if OPTIONS.protocol == "delimited":  # @if protocol=delimited
    buffers = {}                    # fd -> the start of a message not complete yet
# @end
running = True
while running:
    for fd, events in poller.poll():   # the whole list, each call  @@poll
        if fd == server.fileno():
            conn, addr = server.accept()  # @@accept
            conn.setblocking(False)
            poller.register(conn, select.POLLIN); by_fd[conn.fileno()] = conn
        elif fd == sys.stdin.fileno():  # a line typed ends the server
            if sys.stdin.readline(): running = False  # @@read_console
            else: poller.unregister(sys.stdin)      # end of input: nothing more to read
        elif fd in by_fd:
            s = by_fd[fd]
            data = s.recv(RECV_SIZE)  # @@recv
            if OPTIONS.protocol == "delimited":  # @if protocol=delimited
                buffers[fd] = buffers.get(fd, b"") + data
                if data and DELIM not in buffers[fd]:
                    continue            # a piece, not a message: wait for more
                if data: data, _, buffers[fd] = buffers[fd].partition(DELIM)
            # @end
            if data and data.strip() != b"q":
                time.sleep(WORK)  # @@work
                s.send(reply(data))  # @@send
            else:
                poller.unregister(s); del by_fd[fd]
                s.close()  # @@close
server.close()  # @@close_listener
