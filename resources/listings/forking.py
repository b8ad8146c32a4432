# @# A forking server, and a program: python3 -P forking.py PORT [--reap none|on-accept|sigchld]
# @# [--backlog N] [--work SEC] [--recv-size N]. Lines under "@if reap=..." are shown only under
# @# that reaping policy; the program tests the same policy itself.
import os, signal, socket, time
import argparse  # @hidden
options = argparse.ArgumentParser()  # @hidden
options.add_argument("port", type=int)  # @hidden
options.add_argument("--reap", choices=("none", "on-accept", "sigchld"), default="on-accept")  # @hidden
options.add_argument("--backlog", type=int, default=5)  # @hidden
options.add_argument("--work", type=float, default=0.0)  # @hidden
options.add_argument("--recv-size", type=int, default=1024)  # @hidden
OPTIONS = options.parse_args()  # @hidden
PORT, BACKLOG, WORK, RECV_SIZE = OPTIONS.port, OPTIONS.backlog, OPTIONS.work, OPTIONS.recv_size  # @hidden
running = True  # @hidden
def reply(data): return data  # @hidden
children = []

if OPTIONS.reap == "on-accept":  # @if reap=on-accept
    def reap_finished():                # before each fork: collect who has exited
        for pid in list(children):
            done, status = os.waitpid(pid, os.WNOHANG)  # @@reap
            if done: children.remove(pid)   # no longer a zombie
elif OPTIONS.reap == "sigchld":  # @if reap=sigchld
    def on_sigchld(signum, frame):      # runs as soon as a child exits
        for pid in list(children):
            done, status = os.waitpid(pid, os.WNOHANG)  # @@reap
            if done: children.remove(pid)   # no longer a zombie
    signal.signal(signal.SIGCHLD, on_sigchld)
# @if reap=none
# Nobody ever calls os.waitpid(): every child that exits stays a zombie.
# @end

server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)  # @@socket
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
server.bind(("127.0.0.1", PORT))  # @@bind
server.listen(BACKLOG)  # @@listen
while running:
    conn, addr = server.accept()  # @@accept
    if OPTIONS.reap == "on-accept":  # @if reap=on-accept
        reap_finished()
    # @end
    pid = os.fork()                 # returns twice  @@fork
    if pid == 0:                    # in the child
        server.close()              # not ours to accept on  @@close_listener
        while True:
            data = conn.recv(RECV_SIZE)  # @@recv
            if not data or data.strip() == b"q": break
            time.sleep(WORK)  # @@work
            conn.sendall(reply(data))  # @@send
        conn.close()
        os._exit(0)                 # a zombie until reaped  @@child_exit
    children.append(pid)            # in the parent
    conn.close()                    # the child has its own copy  @@close

# When you press Stop, SockScope ends and collects every child that is left:
for pid in children: os.waitpid(pid, 0)  # @@reap_at_stop
