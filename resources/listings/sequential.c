int server = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);  @@socket
@if restart=true
/* the restart makes these calls again at once, first without SO_REUSEADDR */
@end
setsockopt(server, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
bind(server, (struct sockaddr *)&addr, sizeof addr);  @@bind
listen(server, BACKLOG);            /* others queue here */  @@listen
@if accept_delay_ms!=0
usleep(ACCEPT_DELAY_US);            /* nobody accepts: handshakes queue */  @@sleep
@end

while (running) {
    int conn = accept4(server, NULL, NULL, SOCK_CLOEXEC);  @@accept
@if send_buffer!=0
    setsockopt(conn, SOL_SOCKET, SO_SNDBUF, &send_buffer, sizeof send_buffer);
@end
    for (;;) {
        ssize_t n = recv(conn, buf, {recv_size}, 0);  @@recv
@if protocol=delimited
        /* a piece, not a message: keep it, and recv() again until DELIM */
@end
@if close_on_eof=false
        if (n == 0)
            goto forget;               /* the bug: conn stays open, in CLOSE_WAIT */
@end
        if (n <= 0 || is_quit(buf, n))
            break;                     /* 0: the client closed */
        usleep(WORK_US);  @@work
@if send_bytes=0
        send_all(conn, reply, reply_len(buf, n));  @@send
@end
@if send_bytes!=0
        send_all(conn, filler, SEND_BYTES);  /* blocks while buffers are full */  @@send
@end
    }
    close(conn);                       /* now the next one */  @@close
@if close_on_eof=false
forget:;
@end
}
close(server);  @@close_listener
