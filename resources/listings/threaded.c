void *handle(void *arg) {            /* one thread per connection */
    int conn = (int)(intptr_t)arg;
    for (;;) {
        ssize_t n = recv(conn, buf, {recv_size}, 0);  @@recv
@if protocol=delimited
        /* a piece, not a message: keep it, and recv() again until DELIM */
@end
        if (n <= 0 || is_quit(buf, n))
            break;
        usleep(WORK_US);  @@work
        send_all(conn, reply, reply_len(buf, n));  @@send
    }
    close(conn);  @@close
    return NULL;                       /* the thread ends */  @@thread_exit
}

int server = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);  @@socket
setsockopt(server, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
bind(server, (struct sockaddr *)&addr, sizeof addr);  @@bind
listen(server, BACKLOG);  @@listen
while (running) {
    int conn = accept4(server, NULL, NULL, SOCK_CLOEXEC);  @@accept
    pthread_t t;
    pthread_create(&t, NULL, handle, (void *)(intptr_t)conn);  @@spawn_thread
}
close(server);  @@close_listener
