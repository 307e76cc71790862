"""The body deadline: a body not in by then is an HTTP 408, and nothing else is cut."""

from __future__ import annotations

import asyncio

import pytest
from starlette.exceptions import HTTPException
from starlette.types import Message, Receive, Scope, Send

from python_service.api.body_deadline import BodyDeadline

HTTP: Scope = {"type": "http", "method": "POST", "path": "/users", "headers": []}


def arriving(*parts: bytes, stall_after: int | None = None) -> Receive:
    """A `receive` that gives `parts` as one body, then only `http.disconnect`.

    With `stall_after`, it waits for ever once it has given that many parts.
    """
    given = 0

    async def receive() -> Message:
        nonlocal given
        if given == stall_after:
            await asyncio.Event().wait()
        given += 1
        if given <= len(parts):
            return {
                "type": "http.request",
                "body": parts[given - 1],
                "more_body": given < len(parts),
            }
        return {"type": "http.disconnect"}

    return receive


async def read_body_then_listen(scope: Scope, receive: Receive, send: Send) -> None:
    """An app that reads the whole body, works a while, then waits for a disconnect."""
    body = b""
    while True:
        message = await receive()
        body += message.get("body", b"")
        if not message.get("more_body", False):
            break
    await asyncio.sleep(0.05)
    assert (await receive())["type"] == "http.disconnect"
    await send({"type": "http.response.start", "status": 200, "headers": []})
    await send({"type": "http.response.body", "body": body})


def run(app: BodyDeadline, receive: Receive) -> list[Message]:
    """Call the middleware for one POST request; return what it sent."""
    sent: list[Message] = []

    async def send(message: Message) -> None:
        sent.append(message)

    asyncio.run(app(HTTP, receive, send))
    return sent


def test_a_body_that_stops_coming_is_408_and_closes() -> None:
    """One part of two, then silence: at the deadline the request ends with 408."""
    app = BodyDeadline(read_body_then_listen, seconds=0.01)

    with pytest.raises(HTTPException) as raised:
        run(app, arriving(b'{"email": ', b"...}", stall_after=1))

    assert raised.value.status_code == 408
    assert raised.value.headers == {"Connection": "close"}


def test_a_body_in_time_is_passed_on_whole() -> None:
    """Two parts in time: the app gets both, and works past the deadline."""
    app = BodyDeadline(read_body_then_listen, seconds=0.01)

    sent = run(app, arriving(b'{"email": ', b'"a@example.com"}'))

    assert sent[-1]["body"] == b'{"email": "a@example.com"}'


def test_other_scopes_pass_untouched() -> None:
    """Lifespan events are not requests: no deadline."""
    seen: list[str] = []

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        seen.append(scope["type"])

    async def send(message: Message) -> None:
        """Nothing is sent."""

    asyncio.run(BodyDeadline(app, seconds=0.01)({"type": "lifespan"}, arriving(), send))

    assert seen == ["lifespan"]
