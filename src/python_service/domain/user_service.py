"""Validate a raw payload into a new user, or say which field is wrong."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated

from email_validator import EmailNotValidError, validate_email
from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    StringConstraints,
    ValidationError,
    WithJsonSchema,
)
from pydantic_core import PydanticCustomError
from result import Err, Ok, Result


def email_address(value: str) -> str:
    """The address in normal form; `.test` is valid, as `.example` is (RFC 2606)."""
    try:
        email = validate_email(value, check_deliverability=False, test_environment=True)
    except EmailNotValidError as exc:
        raise PydanticCustomError(
            "value_error",
            "value is not a valid email address: {reason}",
            {"reason": str(exc)},
        ) from exc
    return email.normalized


Email = Annotated[
    str,
    AfterValidator(email_address),
    WithJsonSchema(
        {
            "type": "string",
            "format": "email",
            "description": "Special-use domains other than .test and .example"
            " (.arpa, .invalid, .local, .localhost, .onion) are refused.",
        }
    ),
]
Name = Annotated[
    str,
    StringConstraints(
        strip_whitespace=True,
        min_length=1,
        max_length=100,
        pattern=r"^[^\x00]*$",  # no NUL character: PostgreSQL text cannot hold one
    ),
]


class CreateUser(BaseModel):
    """A user to create: a valid email and a name of 1 to 100 characters."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    email: Email
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
