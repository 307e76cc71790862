"""The HTTP API (FastAPI): routes, error answers, request logging."""

from __future__ import annotations

from python_service.api.app import create_app

__all__ = ["create_app"]
