/* asyncio in C: one thread, one epoll loop, a coroutine per client (C++20 co_await) */
task handle(int fd) {
    for (;;) {
        ssize_t len = recv(fd, buf, {recv_size}, 0);  @@recv
        if (len < 0 && errno == EAGAIN) {       /* nothing yet */
            co_await readable(fd);      /* epoll_ctl(ONESHOT), then suspend */  @@await_read
            continue;
        }
        if (len <= 0) break;                    /* 0: the client closed */
@if blocking_work=true
        usleep(WORK_US);          /* blocks the loop thread: every task waits */  @@work
@end
@if blocking_work=false
        co_await sleep_ms(WORK_MS);     /* a timer of the loop: only this task waits */  @@await_sleep
@end
        while (send(fd, reply, reply_len(buf, len), 0) < 0 && errno == EAGAIN)  @@send
            co_await writable(fd);      /* send buffer full */  @@await_write
    }
    epoll_ctl(ep, EPOLL_CTL_DEL, fd, NULL); close(fd);  @@close
}                                       /* co_return: the task is done */  @@task_done

int server = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);  @@socket
bind(server, (struct sockaddr *)&addr, sizeof addr);  @@bind
listen(server, BACKLOG);  @@listen
fcntl(server, F_SETFL, O_NONBLOCK);  @@set_nonblocking
int ep = epoll_create1(EPOLL_CLOEXEC);  @@epoll_create
epoll_ctl(ep, EPOLL_CTL_ADD, server, &listener_ev);  @@epoll_ctl
while (running) {
    int n = epoll_wait(ep, ready, 64, next_timer_ms()); /* -1: no timer */  @@epoll_wait
    for (int i = 0; i < n; ++i) {
        if (ready[i].data.fd == server) {
            while ((c = accept4(server, NULL, NULL, SOCK_CLOEXEC)) >= 0)  @@accept
                start(handle(c));       /* runs until its first co_await */  @@create_task
        } else {
            resume(waiter_of(ready[i].data.fd));    /* no thread waited for it */
        }
    }
    resume_due_timers();                /* their sleep is over */
}
close(ep); close(server);  @@close_listener
