# Execs another program (tst_watch) after its own first socket call: the sequential server,
# which is then not watched unless the watch follows execs.
import os
import socket
import sys

socket.socket(socket.AF_INET, socket.SOCK_DGRAM).close()  # this program's work begins
here = os.path.dirname(os.path.abspath(__file__))
os.execv(sys.executable, [sys.executable, os.path.join(here, "sequential.py")] + sys.argv[1:])
