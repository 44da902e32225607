"""The emulator's link to vsmartcard's vpcd: a TCP client that plays one card in one virtual reader.

Wire format: 2-byte big-endian length + payload. A 1-byte payload is a control message (00 power off, 01 power
on, 02 reset: no reply; 04: reply with the ATR); anything longer is a command APDU, answered with data + SW.
Connecting inserts the card, closing removes it. TCP_QUICKACK is set after every recv: without it each APDU
stalls ~40 ms on Nagle plus delayed ACK.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time

from tests.cardemu.card import Card

VPCD_HOST = "127.0.0.1"
VPCD_BASE_PORT = 35963  # reader "Virtual PCD 00 00"; 35964 is "... 00 01"
POWER_OFF, POWER_ON, RESET, GET_ATR = 0x00, 0x01, 0x02, 0x04


def reader_name(index: int) -> str:
    """The PC/SC name of vpcd's virtual reader number `index`."""
    return f"Virtual PCD 00 {index:02d}"


class VpcdClient:
    """Plays `card` in vpcd reader `index`; leaves the reader after `leave_after` commands if asked."""

    def __init__(
        self, card: Card, index: int = 0, leave_after: int | None = None, quickack: bool = True
    ) -> None:
        self.card, self.port, self.leave_after = card, VPCD_BASE_PORT + index, leave_after
        self.quickack = quickack  # off only to measure what it saves
        self.commands = 0
        self.left_on_its_own = threading.Event()
        self._sock: socket.socket | None = None

    def connect(self, timeout: float = 15.0) -> None:
        """Connect to vpcd (inserting the card), retrying while pcscd is still starting."""
        deadline = time.monotonic() + timeout
        while True:
            try:
                self._sock = socket.create_connection((VPCD_HOST, self.port), timeout=2.0)
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)
        self._sock.settimeout(None)
        self._sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def _recv_exact(self, sock: socket.socket, n: int) -> bytes | None:
        out = b""
        while len(out) < n:
            chunk = sock.recv(n - len(out))
            if self.quickack:
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_QUICKACK, 1)
            if not chunk:
                return None
            out += chunk
        return out

    def _send(self, sock: socket.socket, payload: bytes) -> None:
        sock.sendall(len(payload).to_bytes(2, "big") + payload)

    def _control(self, sock: socket.socket, code: int) -> None:
        if code == GET_ATR:
            self._send(sock, self.card.atr)
        elif code in (POWER_OFF, POWER_ON, RESET):
            self.card.reset()

    def serve(self) -> None:
        """Answer vpcd until it or `close()` ends the connection, or the card is told to leave."""
        sock = self._sock
        if sock is None:
            raise RuntimeError("connect() first")
        with contextlib.suppress(OSError):
            while (header := self._recv_exact(sock, 2)) is not None:
                payload = self._recv_exact(sock, int.from_bytes(header, "big"))
                if payload is None:
                    break
                if len(payload) == 1:
                    self._control(sock, payload[0])
                    continue
                if self.leave_after is not None and self.commands >= self.leave_after:
                    self.left_on_its_own.set()
                    break
                self.commands += 1
                self._send(sock, self.card.process(payload))
        self._shut()

    def _shut(self) -> None:
        sock, self._sock = self._sock, None
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()

    def close(self) -> None:
        """Take the card out of the reader (from any thread)."""
        sock = self._sock
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)


class EmulatorThread:
    """A `VpcdClient` serving in a daemon thread: `start()` inserts the card, `stop()` removes it."""

    def __init__(
        self, card: Card, index: int = 0, leave_after: int | None = None, quickack: bool = True
    ) -> None:
        self.client = VpcdClient(card, index, leave_after, quickack)
        self.card, self.reader = card, reader_name(index)
        self._thread = threading.Thread(target=self.client.serve, name=f"cardemu-{index}", daemon=True)

    def start(self) -> None:
        self.client.connect()
        self._thread.start()

    def stop(self) -> None:
        self.client.close()
        self._thread.join(timeout=10)
