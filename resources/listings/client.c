int s = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);  @@socket
connect(s, (struct sockaddr *)&server, sizeof server);  @@connect
usleep(DELAY_US);  @@sleep
send(s, "hello\n", 6, 0);  @@send
/* UDP: sendto(s, msg, len, 0, (struct sockaddr *)&server, sz); */  @@sendto
ssize_t n = recv(s, buf, sizeof buf, 0);  @@recv
/* UDP: recvfrom(s, buf, sizeof buf, 0, NULL, NULL); */  @@recvfrom
shutdown(s, SHUT_WR);  @@shutdown
close(s);  @@close
