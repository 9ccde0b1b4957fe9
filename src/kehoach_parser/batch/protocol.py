"""Length-prefixed pickle frames over a pipe (parent <-> worker process).

Both ends are our own code in the same environment, so pickle is safe here.  Reads take a
deadline so a hung or dying worker can never block the parent.
"""

from __future__ import annotations

import os
import pickle
import select
import struct
import time
from typing import Any

_HEADER = struct.Struct(">Q")
MAX_FRAME = 1 << 34  # 16 GiB: anything larger is a corrupted stream


class ChannelClosed(Exception):
    """The other end closed the pipe (it exited or was killed)."""


class ChannelTimeout(Exception):
    """No complete frame before the deadline."""


def write_frame(fd: int, obj: Any) -> None:
    payload = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    buf = memoryview(_HEADER.pack(len(payload)) + payload)
    while buf:
        try:
            n = os.write(fd, buf)
        except BrokenPipeError:
            raise ChannelClosed("pipe closed") from None
        buf = buf[n:]


def _read_exact(fd: int, n: int, deadline: float | None) -> bytes:
    chunks: list[bytes] = []
    left = n
    while left:
        if deadline is not None:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise ChannelTimeout()
            ready, _, _ = select.select([fd], [], [], remaining)
            if not ready:
                raise ChannelTimeout()
        chunk = os.read(fd, min(left, 1 << 20))
        if not chunk:
            raise ChannelClosed("end of stream")
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def read_frame(fd: int, deadline: float | None = None) -> Any:
    """Read one object; ``deadline`` is a :func:`time.monotonic` value (None: wait forever)."""
    (size,) = _HEADER.unpack(_read_exact(fd, _HEADER.size, deadline))
    if size > MAX_FRAME:
        raise ChannelClosed(f"corrupt frame header ({size} bytes)")
    return pickle.loads(_read_exact(fd, size, deadline))
