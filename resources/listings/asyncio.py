# @# asyncio, and a program: python3 -P asyncio.py PORT [--backlog N] [--work SEC] [--recv-size N]
# @# [--protocol echo|delimited] [--blocking-work true|false] (-P: this folder's asyncio.py is not
# @# the module). "# @hidden" lines are not shown.
import asyncio, time
import argparse  # @hidden
options = argparse.ArgumentParser()  # @hidden
options.add_argument("port", type=int)  # @hidden
options.add_argument("--backlog", type=int, default=5)  # @hidden
options.add_argument("--work", type=float, default=0.0)  # @hidden
options.add_argument("--recv-size", type=int, default=1024)  # @hidden
options.add_argument("--protocol", choices=("echo", "delimited"), default="echo")  # @hidden
options.add_argument("--blocking-work", choices=("true", "false"), default="false")  # @hidden
OPTIONS = options.parse_args()  # @hidden
PORT, BACKLOG, WORK, RECV_SIZE = OPTIONS.port, OPTIONS.backlog, OPTIONS.work, OPTIONS.recv_size  # @hidden
DELIM = b"\n"  # @hidden
def reply(data): return data + DELIM if OPTIONS.protocol == "delimited" else data  # @hidden

async def handle(reader, writer):           # one task (a coroutine) per client
    if OPTIONS.protocol == "delimited":  # @if protocol=delimited
        buffer = b""
    # @end
    while True:
        data = await reader.read(RECV_SIZE)   # recv(); nothing yet: suspend  @@recv @@await_read
        if not data or data.strip() == b"q":    # b"": the client closed
            break
        if OPTIONS.protocol == "delimited":  # @if protocol=delimited
            buffer += data
            if DELIM not in buffer:
                continue                    # a piece, not a message: read again
            data, _, buffer = buffer.partition(DELIM)
        # @end
        if OPTIONS.blocking_work == "true":  # @if blocking_work=true
            time.sleep(WORK)             # blocks the loop thread: every task waits  @@work
        else:  # @if blocking_work=false
            await asyncio.sleep(WORK)    # a timer of the loop: only this task waits  @@await_sleep
        # @end
        writer.write(reply(data))    # send()  @@send
        await writer.drain()         # send buffer full: suspend until writable  @@await_write
    writer.close()  # @@close
    # handle() returns: the task is done  @@task_done

async def main():
    server = await asyncio.start_server(    # socket(), bind(), listen()  @@socket @@bind @@listen
        handle, "127.0.0.1", PORT, backlog=BACKLOG)
    async with server:
        await server.serve_forever()
    # leaving "async with" closes the listening socket  @@close_listener

asyncio.run(main())   # the event loop, one thread; underneath, on Linux:
#   server.setblocking(False)  @@set_nonblocking
#   sel = selectors.EpollSelector()                     # epoll_create1()  @@epoll_create
#   sel.register(server, selectors.EVENT_READ)          # epoll_ctl(ADD)  @@epoll_ctl
#   while True:
#       for key, mask in sel.select(next_timer()):      # epoll_wait()  @@epoll_wait
#           if key.fileobj is server:
#               conn, addr = server.accept()            # until EAGAIN  @@accept
#               loop.create_task(handle(reader, writer))   # runs to its first await  @@create_task
#           else: resume the task that awaits key.fileobj
#       resume the tasks whose asyncio.sleep() is over
