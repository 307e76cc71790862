"""The built site as a host serves it: over HTTP on loopback."""

from __future__ import annotations

import functools
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

LOOPBACK = "127.0.0.1"


class QuietHandler(SimpleHTTPRequestHandler):
    """Static file handler that keeps the output free of access logs."""

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        """Drop the access log line."""


@contextmanager
def served(
    folder: Path, handler: type[SimpleHTTPRequestHandler] = QuietHandler
) -> Iterator[str]:
    """Serve `folder` over HTTP on 127.0.0.1 at a free port; yield its base URL."""
    server = ThreadingHTTPServer(
        (LOOPBACK, 0), functools.partial(handler, directory=str(folder))
    )
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://{LOOPBACK}:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
