@# A forking server. Lines after "@if reap=..." appear only under that reaping policy.
static pid_t children[MAX]; static int nchildren;

@if reap=on-accept
static void reap_finished(void) {     /* before each fork */
    for (int i = 0; i < nchildren; ++i)
        if (waitpid(children[i], &status, WNOHANG) > 0)  @@reap
            children[i--] = children[--nchildren];
}
@if reap=sigchld
static void on_sigchld(int sig) {     /* as soon as a child exits */
    for (int i = 0; i < nchildren; ++i)
        if (waitpid(children[i], &status, WNOHANG) > 0)  @@reap
            children[i--] = children[--nchildren];
}
/* in main: */ signal(SIGCHLD, on_sigchld);
@if reap=none
/* Nobody ever calls waitpid(): every child that exits stays a zombie. */
@end

int server = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);  @@socket
bind(server, (struct sockaddr *)&addr, sizeof addr);  @@bind
listen(server, BACKLOG);  @@listen
while (running) {
    int conn = accept4(server, NULL, NULL, SOCK_CLOEXEC);  @@accept
@if reap=on-accept
    reap_finished();
@end
    pid_t pid = fork();  @@fork
    if (pid == 0) {                    /* child: async-signal-safe only */
        close(server);  @@close_listener
        ssize_t n;
        while ((n = recv(conn, buf, {recv_size}, 0)) > 0 &&  @@recv
               !is_quit(buf, n)) {
            usleep(WORK_US);  @@work
            send_all(conn, reply, reply_len(buf, n));  @@send
        }
        close(conn);
        _exit(0);                      /* zombie until reaped */  @@child_exit
    }
    children[nchildren++] = pid;
    close(conn);                       /* parent's copy */  @@close
}
/* On Stop, SockScope ends and collects every child that is left: */
for (int i = 0; i < nchildren; ++i) waitpid(children[i], &status, 0);  @@reap_at_stop
