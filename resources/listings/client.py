import socket, time

s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)  @@socket
s.connect(("127.0.0.1", PORT))     # blocks until accepted  @@connect
time.sleep(DELAY)  @@sleep
s.sendall(b"hello\n")  @@send
# UDP: s.sendto(b"hello", ("127.0.0.1", PORT))  @@sendto
reply = s.recv(1024)              # blocks until the reply  @@recv
# UDP: reply, addr = s.recvfrom(1024)  @@recvfrom
s.shutdown(socket.SHUT_WR)        # "I am done sending"  @@shutdown
s.close()  @@close
