# SockScope's hook for a watched Python program (sockscope-cli watch, on PYTHONPATH only
# while watching): before each call into a socket, select, poll, epoll, fork, wait, os._exit or
# a new thread, it tells SockScope's preload library which line of the program made it, so that the
# event carries "source": "FILE:LINE". The line is the innermost frame outside Python's own
# library (socket.py, selectors.py, socketserver.py are Python's; the student's file is not).
# It changes nothing the program does. Without the preload library it does nothing.
import sys


def _sockscope_install():
    try:
        import ctypes

        setter = ctypes.PyDLL(None).sockscope_watch_set_source
    except (ImportError, OSError, AttributeError):
        return
    import os
    import sysconfig
    import threading

    setter.argtypes = [ctypes.c_char_p]
    setter.restype = None
    paths = sysconfig.get_paths()
    skip = tuple(
        sorted({p for p in (paths.get("stdlib"), paths.get("platstdlib"),
                            os.path.dirname(os.path.abspath(__file__))) if p}))
    names = frozenset((
        "_accept", "accept", "recv", "recv_into", "recvfrom", "recvfrom_into", "recvmsg",
        "send", "sendall", "sendto", "sendmsg", "connect", "connect_ex", "bind", "listen",
        "close", "shutdown", "select", "poll", "register", "modify", "unregister", "epoll",
        "fork", "waitpid", "wait", "wait3", "wait4", "start_new_thread", "read", "write",
        "dup", "socket", "_exit"))

    def where(frame):
        while frame is not None:
            name = frame.f_code.co_filename
            if not name.startswith(skip) and not name.startswith("<"):
                return "%s:%d" % (name, frame.f_lineno)
            frame = frame.f_back
        return None

    def hook(frame, event, arg):
        if event == "c_call":
            if getattr(arg, "__name__", None) in names:
                line = where(frame)
                setter(line.encode("utf-8", "backslashreplace") if line else None)
        elif event == "c_return" or event == "c_exception":
            if getattr(arg, "__name__", None) in names:
                setter(None)

    threading.setprofile(hook)
    sys.setprofile(hook)


_sockscope_install()
del _sockscope_install


def _sockscope_chain():
    # The sitecustomize this one hides (a distribution's), if any, still runs.
    import os

    here = os.path.dirname(os.path.abspath(__file__))
    for entry in sys.path:
        if not entry or os.path.abspath(entry) == here:
            continue
        other = os.path.join(entry, "sitecustomize.py")
        if os.path.isfile(other):
            with open(other, "rb") as f:
                code = compile(f.read(), other, "exec")
            exec(code, {"__name__": "sitecustomize", "__file__": other})
            return


_sockscope_chain()
del _sockscope_chain
