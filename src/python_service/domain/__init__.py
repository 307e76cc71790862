"""The service's rules, free of HTTP and SQL."""

from __future__ import annotations

from python_service.domain.user import User
from python_service.domain.user_service import CreateUser, create_user

__all__ = ["CreateUser", "User", "create_user"]
