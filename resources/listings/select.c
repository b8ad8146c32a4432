int server = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);  @@socket
bind(server, (struct sockaddr *)&addr, sizeof addr);  @@bind
listen(server, BACKLOG);  @@listen
fcntl(server, F_SETFL, O_NONBLOCK);  @@set_nonblocking
while (running) {
    fd_set rd; FD_ZERO(&rd);           /* rebuilt on every call */
    FD_SET(server, &rd); FD_SET(STDIN_FILENO, &rd);
    for (int i = 0; i < n; ++i) FD_SET(clients[i], &rd); /* < FD_SETSIZE */
    select(maxfd + 1, &rd, &wr, NULL, NULL);  @@select
    if (FD_ISSET(server, &rd)) {
        int c = accept4(server, NULL, NULL, SOCK_CLOEXEC);  @@accept
        fcntl(c, F_SETFL, O_NONBLOCK); clients[n++] = c;
    }
    if (FD_ISSET(STDIN_FILENO, &rd)) running = 0;  @@read_console
    for (int i = 0; i < n; ++i) {
        if (!FD_ISSET(clients[i], &rd)) continue;
        ssize_t len = recv(clients[i], buf, {recv_size}, 0);  @@recv
@if protocol=delimited
        /* a piece, not a message: keep it, and wait for more until DELIM */
@end
        if (len > 0) {
            usleep(WORK_US);            /* blocks every client */  @@work
            send(clients[i], reply, reply_len(buf, len), 0);  @@send
        } else {                        /* 0: closed */
            close(clients[i]); clients[i--] = clients[--n];  @@close
        }
    }
}
close(server);  @@close_listener
