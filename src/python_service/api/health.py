"""The health check: is the service up and does its database answer?"""

from __future__ import annotations

from fastapi import APIRouter, status

from python_service.api.dependencies import Repository

router = APIRouter(tags=["health"])


@router.get(
    "/health",
    responses={
        status.HTTP_503_SERVICE_UNAVAILABLE: {"description": "Database unavailable"}
    },
)
def health(repository: Repository) -> dict[str, str]:
    """Answer 200 when the database answers, 503 when it does not."""
    repository.ping()
    return {"status": "ok", "database": "ok"}
