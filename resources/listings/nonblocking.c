int server = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);  @@socket
bind(server, (struct sockaddr *)&addr, sizeof addr);  @@bind
listen(server, BACKLOG);  @@listen
fcntl(server, F_SETFL, O_NONBLOCK);  @@set_nonblocking
int pause_us = 25000;
while (running) {
    int busy = 0, c;
    while ((c = accept4(server, NULL, NULL, SOCK_CLOEXEC)) >= 0) {  @@accept
        fcntl(c, F_SETFL, O_NONBLOCK); clients[n++] = c; busy = 1;
    }
    /* c < 0 && errno == EAGAIN: nobody (more) yet, go on */  @@would_block
    for (int i = 0; i < n; ++i) {
        ssize_t len = recv(clients[i], buf, {recv_size}, 0);  @@recv
        if (len < 0 && errno == EAGAIN) continue;   /* nothing yet */
        busy = 1;
        if (len > 0) {
            usleep(WORK_US);  @@work
            send(clients[i], reply, reply_len(buf, len), 0);  @@send
        } else {
            close(clients[i]); clients[i--] = clients[--n];  @@close
        }
    }
    pause_us = busy ? 25000 : (pause_us * 2 > 200000 ? 200000 : pause_us * 2);
    usleep(pause_us);                  /* then try everyone again */  @@sleep
}
close(server);  @@close_listener
