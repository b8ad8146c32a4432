int server = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);  @@socket
setsockopt(server, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
bind(server, (struct sockaddr *)&addr, sizeof addr);  @@bind
listen(server, BACKLOG);            /* others queue here */  @@listen

while (running) {
    int conn = accept4(server, NULL, NULL, SOCK_CLOEXEC);  @@accept
    for (;;) {
        ssize_t n = recv(conn, buf, {recv_size}, 0);  @@recv
@if protocol=delimited
        /* a piece, not a message: keep it, and recv() again until DELIM */
@end
        if (n <= 0 || is_quit(buf, n))
            break;                     /* 0: the client closed */
        usleep(WORK_US);  @@work
        send_all(conn, reply, reply_len(buf, n));  @@send
    }
    close(conn);                       /* now the next one */  @@close
}
close(server);  @@close_listener
