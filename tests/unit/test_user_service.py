"""The domain rule for a new user, as the playbook's first test states it."""

from __future__ import annotations

from python_service.domain import user_service


def test_creates_user_when_payload_valid() -> None:
    """A valid payload gives Ok with the same email."""
    payload = {"email": "demo@example.com", "name": "Demo"}

    result = user_service.create_user(payload)

    assert result.is_ok()
    assert result.unwrap().email == payload["email"]
