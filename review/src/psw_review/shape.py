"""The folder's shape: a library has no service, so the container rules do not apply."""

from __future__ import annotations

from typing import Any

from psw_review.checks import requirement_names
from psw_review.skips import Skip

SERVERS = frozenset(
    {"aiohttp", "bottle", "django", "falcon", "fastapi", "fastapi-slim", "flask"}
    | {"granian", "gunicorn", "hypercorn", "litestar", "pyramid", "quart", "robyn"}
    | {"sanic", "starlette", "tornado", "uvicorn", "waitress", "daphne"}
)
"""Web servers and ASGI/WSGI frameworks: a project that depends on one serves."""


def library(pyproject: dict[str, Any], dockerfile: object) -> Skip | None:
    """Why the folder is a library, not a service; None when it may be a service.

    A library, as `uv init --lib` makes it: a `[build-system]` to build and publish
    it, no Dockerfile, no command (`[project.scripts]`), and no web server or ASGI/WSGI
    framework among its dependencies. Anything else is judged as a service, so a
    service without a Dockerfile still fails PSW501.
    """
    project = pyproject.get("project", {})
    if (
        dockerfile is not None
        or "build-system" not in pyproject
        or project.get("scripts")
        or project.get("gui-scripts")
        or requirement_names(project.get("dependencies", [])) & SERVERS
    ):
        return None
    return Skip(
        "a library: a `[build-system]`, no `Dockerfile`, no `[project.scripts]` and "
        "no web server or ASGI/WSGI framework in its dependencies. A service gets a "
        "`Dockerfile` from the Packaging page."
    )
