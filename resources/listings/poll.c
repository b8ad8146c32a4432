int server = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);  @@socket
bind(server, (struct sockaddr *)&addr, sizeof addr);  @@bind
listen(server, BACKLOG);  @@listen
fcntl(server, F_SETFL, O_NONBLOCK);  @@set_nonblocking
struct pollfd fds[MAX] = {{server, POLLIN}, {STDIN_FILENO, POLLIN}};
int n = 2;                             /* no FD_SETSIZE limit */
while (running) {
    poll(fds, n, -1);  @@poll
    for (int i = 0; i < n; ++i) {
        if (!fds[i].revents) continue;
        if (fds[i].fd == server) {
            int c = accept4(server, NULL, NULL, SOCK_CLOEXEC);  @@accept
            fcntl(c, F_SETFL, O_NONBLOCK);
            fds[n++] = (struct pollfd){c, POLLIN};
        } else if (fds[i].fd == STDIN_FILENO) { running = 0;  @@read_console
        } else {
            ssize_t len = recv(fds[i].fd, buf, sizeof buf, 0);  @@recv
            if (len > 0) {
                usleep(WORK_US);  @@work
                send(fds[i].fd, reply, reply_len(buf, len), 0);  @@send
            } else {
                close(fds[i].fd); fds[i--] = fds[--n];  @@close
            }
        }
    }
}
close(server);  @@close_listener
