/* Datagrams: one recvfrom() is one whole message, with its sender. */
int sock = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);  @@socket
struct sockaddr_in addr = {.sin_family = AF_INET, .sin_port = htons(PORT)};
inet_pton(AF_INET, "127.0.0.1", &addr.sin_addr);
bind(sock, (struct sockaddr *)&addr, sizeof addr);  /* no listen */  @@bind

while (running) {
    struct sockaddr_in from; socklen_t len = sizeof from;
    ssize_t n = recvfrom(sock, buf, sizeof buf, 0,  @@recvfrom
                         (struct sockaddr *)&from, &len);
    if (n < 0) continue;
    usleep(WORK_US);  @@work
    sendto(sock, reply, reply_len(buf, n), 0,  @@sendto
           (struct sockaddr *)&from, len);
}
close(sock);  @@close_listener
