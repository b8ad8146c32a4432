/* The C echo server of the watch benchmark (bench_watch.cpp): a thread per connection, on
 * 127.0.0.1:PORT, until it is stopped. Usage: sockscope-bench-echo PORT */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <unistd.h>

static void *serve(void *arg)
{
    const int conn = (int)(intptr_t)arg;
    char buffer[4096];
    ssize_t n;
    while ((n = recv(conn, buffer, sizeof buffer, 0)) > 0)
        if (send(conn, buffer, (size_t)n, 0) != n)
            break;
    close(conn);
    return NULL;
}

int main(int argc, char **argv)
{
    if (argc < 2)
        return 2;
    const int server = socket(AF_INET, SOCK_STREAM, 0);
    const int on = 1;
    setsockopt(server, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
    struct sockaddr_in address = {0};
    address.sin_family = AF_INET;
    address.sin_port = htons((unsigned short)atoi(argv[1]));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (bind(server, (struct sockaddr *)&address, sizeof address) != 0 || listen(server, 64) != 0)
        return 1;
    for (;;) {
        const int conn = accept(server, NULL, NULL);
        if (conn < 0)
            continue;
        pthread_t thread;
        if (pthread_create(&thread, NULL, serve, (void *)(intptr_t)conn) == 0)
            pthread_detach(thread);
        else
            close(conn);
    }
}
