int server = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);  @@socket
bind(server, (struct sockaddr *)&addr, sizeof addr);  @@bind
listen(server, BACKLOG);  @@listen
fcntl(server, F_SETFL, O_NONBLOCK);  @@set_nonblocking
int ep = epoll_create1(EPOLL_CLOEXEC);  @@epoll_create
struct epoll_event ev = {.events = EPOLLIN, .data.fd = server}, ready[64];
epoll_ctl(ep, EPOLL_CTL_ADD, server, &ev);  /* once, not per call */  @@epoll_ctl
while (running) {
    int n = epoll_wait(ep, ready, 64, -1);   /* only ready fds */  @@epoll_wait
    for (int i = 0; i < n; ++i) {
        int fd = ready[i].data.fd;
        if (fd == server) {
            int c = accept4(server, NULL, NULL, SOCK_CLOEXEC);  @@accept
            fcntl(c, F_SETFL, O_NONBLOCK);
            ev.data.fd = c; epoll_ctl(ep, EPOLL_CTL_ADD, c, &ev);
        } else if (fd == STDIN_FILENO) { running = 0;  @@read_console
        } else {
            ssize_t len = recv(fd, buf, sizeof buf, 0);  @@recv
            if (len > 0) {
                usleep(WORK_US);  @@work
                send(fd, reply, reply_len(buf, len), 0);  @@send
            } else {
                epoll_ctl(ep, EPOLL_CTL_DEL, fd, NULL);
                close(fd);  @@close
            }
        }
    }
}
close(ep); close(server);  @@close_listener
