"""HTTP routes for users: create one, read one."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, status

from python_service.api.dependencies import Repository
from python_service.domain import CreateUser, User

MAX_ID = 2**63 - 1
"""The largest id both databases can hold (SQLite INTEGER, PostgreSQL bigint)."""

router = APIRouter(tags=["users"])


@router.post(
    "/users",
    status_code=status.HTTP_201_CREATED,
    responses={
        status.HTTP_400_BAD_REQUEST: {"description": "The body is not UTF-8 text"},
        status.HTTP_408_REQUEST_TIMEOUT: {"description": "The body came too slowly"},
        status.HTTP_409_CONFLICT: {"description": "A user with this email exists"},
        status.HTTP_503_SERVICE_UNAVAILABLE: {"description": "Database unavailable"},
    },
)
def post_user(new_user: CreateUser, repository: Repository) -> User:
    """Create a user; the response carries the id to read it back with."""
    return repository.add(new_user)


@router.get(
    "/users/{user_id}",
    responses={
        status.HTTP_404_NOT_FOUND: {"description": "No user with this id"},
        status.HTTP_503_SERVICE_UNAVAILABLE: {"description": "Database unavailable"},
    },
)
def get_user(
    user_id: Annotated[int, Path(ge=1, le=MAX_ID)], repository: Repository
) -> User:
    """Return the user with this id."""
    user = repository.get(user_id)
    if user is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"no user with id {user_id}")
    return user
