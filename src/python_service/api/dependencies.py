"""The repository a request handler works with, taken from the app's state."""

from __future__ import annotations

from typing import Annotated, cast

from fastapi import Depends, Request

from python_service.storage import UserRepository


def get_repository(request: Request) -> UserRepository:
    """Return the repository `create_app` was given."""
    return cast(UserRepository, request.app.state.repository)


Repository = Annotated[UserRepository, Depends(get_repository)]
