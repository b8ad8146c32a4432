# @# A sequential server, and a program: python3 -P sequential.py PORT [--backlog N] [--work SEC]
# @# [--recv-size N] [--protocol echo|delimited] [--accept-delay-ms MS] [--close-on-eof true|false]
# @# [--send-bytes N] [--send-buffer N]. "# @hidden" lines are left out of the listing.
import socket, time
import argparse  # @hidden
options = argparse.ArgumentParser()  # @hidden
options.add_argument("port", type=int)  # @hidden
options.add_argument("--backlog", type=int, default=5)  # @hidden
options.add_argument("--work", type=float, default=0.0)  # @hidden
options.add_argument("--recv-size", type=int, default=1024)  # @hidden
options.add_argument("--protocol", choices=("echo", "delimited"), default="echo")  # @hidden
options.add_argument("--accept-delay-ms", type=int, default=0)  # @hidden
options.add_argument("--close-on-eof", choices=("true", "false"), default="true")  # @hidden
options.add_argument("--send-bytes", type=int, default=0)  # @hidden
options.add_argument("--send-buffer", type=int, default=0)  # @hidden
OPTIONS = options.parse_args()  # @hidden
PORT, BACKLOG, WORK, RECV_SIZE = OPTIONS.port, OPTIONS.backlog, OPTIONS.work, OPTIONS.recv_size  # @hidden
ACCEPT_DELAY, SEND_BUFFER = OPTIONS.accept_delay_ms / 1000, OPTIONS.send_buffer  # @hidden
FILLER = b"x" * OPTIONS.send_bytes  # @hidden
DELIM = b"\n"  # @hidden
running = True  # @hidden
def reply(data): return data + DELIM if OPTIONS.protocol == "delimited" else data  # @hidden

server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)  # @@socket
# @if restart=true
# the restart makes these lines again at once, first without SO_REUSEADDR
# @end
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
server.bind(("127.0.0.1", PORT))  # @@bind
server.listen(BACKLOG)       # the queue the others wait in  @@listen
if OPTIONS.accept_delay_ms != 0:  # @if accept_delay_ms!=0
    time.sleep(ACCEPT_DELAY)     # nobody accepts: the kernel queues handshakes  @@sleep
# @end
if OPTIONS.close_on_eof == "false":  # @if close_on_eof=false
    forgotten = []               # connections this server no longer watches
# @end

while running:
    conn, addr = server.accept()    # sleeps until a connection is queued  @@accept
    if OPTIONS.send_buffer != 0:  # @if send_buffer!=0
        conn.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, SEND_BUFFER)
    # @end
    if OPTIONS.protocol == "delimited":  # @if protocol=delimited
        buffer = b""
    # @end
    while True:
        data = conn.recv(RECV_SIZE)      # sleeps until data or a close arrives  @@recv
        if OPTIONS.close_on_eof == "false":  # @if close_on_eof=false
            if not data:
                forgotten.append(conn)  # the bug: never closed, stays in CLOSE_WAIT
                break
        # @end
        if not data or data.strip() == b"q":
            break                   # b"": the client closed
        if OPTIONS.protocol == "delimited":  # @if protocol=delimited
            buffer += data
            if DELIM not in buffer:
                continue                # a piece, not a message: recv() again
            data, _, buffer = buffer.partition(DELIM)
        # @end
        time.sleep(WORK)            # the handler's work  @@work
        if OPTIONS.send_bytes == 0:  # @if send_bytes=0
            conn.sendall(reply(data))  # @@send
        else:  # @if send_bytes!=0
            conn.sendall(FILLER)        # SEND_BYTES bytes: blocks while the buffers are full  @@send
        # @end
    if OPTIONS.close_on_eof == "true":  # @if close_on_eof=true
        conn.close()                    # only now: the next client  @@close
    else:  # @if close_on_eof=false
        if conn not in forgotten:
            conn.close()  # @@close
    # @end

server.close()  # @@close_listener
