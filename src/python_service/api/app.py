"""The FastAPI application, built around the repository it is given."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib.metadata import version

from fastapi import FastAPI, status

from python_service.api import error_responses, health, users
from python_service.api.body_deadline import BodyDeadline
from python_service.api.rate_limit import RateLimit
from python_service.api.request_log import log_request
from python_service.settings import Settings
from python_service.storage import UserRepository

EDGE_RESPONSES: dict[int | str, dict[str, object]] = {
    status.HTTP_413_CONTENT_TOO_LARGE: {"description": "The body is too large"},
    status.HTTP_429_TOO_MANY_REQUESTS: {
        "description": "Too many requests from this address",
        "headers": {
            "Retry-After": {
                "description": "Seconds to wait before the next request",
                "schema": {"type": "integer"},
            }
        },
    },
}
"""What any route may answer before it runs: the schema lists them on every one."""


def create_app(repository: UserRepository, settings: Settings = Settings()) -> FastAPI:
    """Wire routes, error answers, limits and request logging; OpenAPI at /openapi.json.

    The middleware added last runs first: each request is logged, then
    rate-limited, then given a deadline for its body.
    """

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        """Open the repository at start-up and close it at shutdown."""
        repository.open()
        try:
            yield
        finally:
            repository.close()

    app = FastAPI(
        title="python-service",
        summary="Reference service of the Python Service Workflow playbook",
        version=version("python-service"),
        lifespan=lifespan,
        max_body_size=settings.max_body_bytes,  # 413 past it, before reading on
        responses=EDGE_RESPONSES,
    )
    app.state.repository = repository
    app.include_router(users.router)
    app.include_router(health.router)
    for error, handler in error_responses.HANDLERS.items():
        app.add_exception_handler(error, handler)
    app.add_middleware(BodyDeadline, seconds=settings.request_timeout_s)
    if settings.rate_limit_per_s > 0:
        app.add_middleware(
            RateLimit,
            per_second=settings.rate_limit_per_s,
            burst=settings.rate_limit_burst,
        )
    app.middleware("http")(log_request)
    return app
