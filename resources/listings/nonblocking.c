int server = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);  @@socket
bind(server, (struct sockaddr *)&addr, sizeof addr);  @@bind
listen(server, BACKLOG);  @@listen
fcntl(server, F_SETFL, O_NONBLOCK);  @@set_nonblocking
while (running) {
    int c = accept4(server, NULL, NULL, SOCK_CLOEXEC);  @@accept
    if (c < 0 && errno == EAGAIN) { /* nobody yet: go on */ }  @@would_block
    else if (c >= 0) { fcntl(c, F_SETFL, O_NONBLOCK); clients[n++] = c; }
    for (int i = 0; i < n; ++i) {
        ssize_t len = recv(clients[i], buf, {recv_size}, 0);  @@recv
        if (len < 0 && errno == EAGAIN) continue;   /* nothing yet */
        if (len > 0) {
            usleep(WORK_US);  @@work
            send(clients[i], reply, reply_len(buf, len), 0);  @@send
        } else {
            close(clients[i]); clients[i--] = clients[--n];  @@close
        }
    }
    usleep(25000);                     /* then try everyone again */  @@sleep
}
close(server);  @@close_listener
