# @# A thread per client, and a program: python3 -P threaded.py PORT [--backlog N] [--work SEC]
# @# [--recv-size N] [--protocol echo|delimited] (-P: this folder's select.py is not the module).
import socket, threading, time
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
def reply(data): return data + DELIM if OPTIONS.protocol == "delimited" else data  # @hidden

def handle(conn):                   # runs in its own thread
    if OPTIONS.protocol == "delimited":  # @if protocol=delimited
        buffer = b""
    # @end
    while True:
        data = conn.recv(RECV_SIZE)      # waits in this thread only  @@recv
        if not data or data.strip() == b"q":
            break
        if OPTIONS.protocol == "delimited":  # @if protocol=delimited
            buffer += data
            if DELIM not in buffer:
                continue                # a piece, not a message: recv() again
            data, _, buffer = buffer.partition(DELIM)
        # @end
        time.sleep(WORK)  # @@work
        conn.sendall(reply(data))  # @@send
    conn.close()  # @@close
    # the thread ends here  @@thread_exit

server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)  # @@socket
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
server.bind(("127.0.0.1", PORT))  # @@bind
server.listen(BACKLOG)  # @@listen

while running:
    conn, addr = server.accept()    # main thread: accept only  @@accept
    threading.Thread(target=handle, args=(conn,)).start()  # @@spawn_thread

server.close()  # @@close_listener
