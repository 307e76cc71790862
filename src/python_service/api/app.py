"""The FastAPI application, built around the repository it is given."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib.metadata import version

from fastapi import FastAPI

from python_service.api import error_responses, health, users
from python_service.api.request_log import log_request
from python_service.storage import UserRepository


def create_app(repository: UserRepository) -> FastAPI:
    """Wire routes, error answers and request logging; OpenAPI at /openapi.json."""

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
    )
    app.state.repository = repository
    app.include_router(users.router)
    app.include_router(health.router)
    for error, handler in error_responses.HANDLERS.items():
        app.add_exception_handler(error, handler)
    app.middleware("http")(log_request)
    return app
