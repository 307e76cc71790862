"""Validate a raw payload into a new user, or say which field is wrong."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated

from pydantic import BaseModel, ConfigDict, EmailStr, StringConstraints, ValidationError
from result import Err, Ok, Result

Name = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=100)
]


class CreateUser(BaseModel):
    """A user to create: a valid email and a name of 1 to 100 characters."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    email: EmailStr
    name: Name


def create_user(payload: Mapping[str, object]) -> Result[CreateUser, str]:
    """Return the validated user, or one `field: problem` line per wrong field."""
    try:
        return Ok(CreateUser.model_validate(dict(payload)))
    except ValidationError as exc:
        return Err(
            "\n".join(
                f"{'.'.join(map(str, error['loc']))}: {error['msg']}"
                for error in exc.errors()
            )
        )
