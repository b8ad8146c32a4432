/* A process per client in C that never reaps (tst_watch, built with -g): after COUNT clients
 * the parent waits for a line on standard input; its children are zombies meanwhile. */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    if (argc < 3)
        return 2;
    const int count = atoi(argv[2]);
    const int server = socket(AF_INET, SOCK_STREAM, 0);
    const int on = 1;
    setsockopt(server, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
    struct sockaddr_in address = {0};
    address.sin_family = AF_INET;
    address.sin_port = htons((unsigned short)atoi(argv[1]));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (bind(server, (struct sockaddr *)&address, sizeof address) != 0 || listen(server, 5) != 0)
        return 1;
    socklen_t len = sizeof address;
    getsockname(server, (struct sockaddr *)&address, &len);
    printf("listening %d\n", ntohs(address.sin_port));
    fflush(stdout);
    for (int i = 0; i < count; ++i) {
        const int conn = accept(server, NULL, NULL); /* tag: accept */
        if (conn < 0)
            return 1;
        if (fork() == 0) { /* tag: fork */
            close(server);
            char buffer[1024];
            ssize_t n;
            while ((n = recv(conn, buffer, sizeof buffer, 0)) > 0) /* tag: recv */
                send(conn, buffer, (size_t)n, 0);
            close(conn);
            _exit(0); /* tag: exit */
        }
        close(conn);
    }
    printf("served %d\n", count);
    fflush(stdout);
    char line[16];
    if (!fgets(line, sizeof line, stdin))
        return 0;
    return 0;
}
