"""Prints a free TCP port on 127.0.0.1, or with --check PORT exits 0 only when PORT is free."""
import socket
import sys


def bind(port):
    with socket.socket() as s:
        s.bind(("127.0.0.1", port))
        return s.getsockname()[1]


if __name__ == "__main__":
    if sys.argv[1:2] == ["--check"]:
        try:
            bind(int(sys.argv[2]))
        except OSError:
            sys.exit(1)
    else:
        print(bind(0))
