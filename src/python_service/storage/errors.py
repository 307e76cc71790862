"""What can go wrong when storing users, in words the API can act on."""

from __future__ import annotations


class DuplicateEmailError(Exception):
    """A user with this email already exists (the unique constraint said no)."""

    def __init__(self, email: str) -> None:
        super().__init__(f"a user with email {email} already exists")
        self.email = email


class DatabaseUnavailableError(Exception):
    """The database did not answer; the transaction was rolled back."""


class DatabaseSetupError(Exception):
    """The configured database cannot be used, so the service must not start."""
