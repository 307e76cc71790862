"""A stored user, as the repository returns it and the API shows it."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict


class User(BaseModel):
    """A user with the id and creation time the database gave it."""

    model_config = ConfigDict(frozen=True)

    id: int
    email: str
    name: str
    created_at: datetime
