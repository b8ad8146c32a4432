import asyncio, time

async def handle(reader, writer):           # one task (a coroutine) per client
    while True:
        data = await reader.read({recv_size})   # recv(); nothing yet: suspend  @@recv @@await_read
        if not data or data.strip() == b"q":    # b"": the client closed
            break
@if blocking_work=true
        time.sleep(WORK)             # blocks the loop thread: every task waits  @@work
@end
@if blocking_work=false
        await asyncio.sleep(WORK)    # a timer of the loop: only this task waits  @@await_sleep
@end
        writer.write(reply(data))    # send()  @@send
        await writer.drain()         # send buffer full: suspend until writable  @@await_write
    writer.close()  @@close
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
