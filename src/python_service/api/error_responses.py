"""Storage errors as HTTP answers: 409 for a taken email, 503 for no database."""

from __future__ import annotations

import structlog
from fastapi import Request, status
from fastapi.responses import JSONResponse

from python_service.storage import DatabaseUnavailableError, DuplicateEmailError

log = structlog.get_logger(__name__)


async def duplicate_email(request: Request, exc: Exception) -> JSONResponse:
    """409: the unique constraint on email refused the insert."""
    return JSONResponse({"detail": str(exc)}, status.HTTP_409_CONFLICT)


async def database_unavailable(request: Request, exc: Exception) -> JSONResponse:
    """503: nothing was written; the reason goes to the log, not to the client."""
    log.warning("database_unavailable", path=request.url.path, reason=str(exc))
    return JSONResponse(
        {"detail": "The database is unavailable; nothing was changed. Retry later."},
        status.HTTP_503_SERVICE_UNAVAILABLE,
    )


HANDLERS = {
    DuplicateEmailError: duplicate_email,
    DatabaseUnavailableError: database_unavailable,
}
