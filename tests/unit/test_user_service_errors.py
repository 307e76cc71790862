"""Bad payloads give an Err that names the field and what was wrong."""

from __future__ import annotations

import pytest

from python_service.domain import user_service

VALID = {"email": "demo@example.com", "name": "Demo"}


@pytest.mark.parametrize(
    ("payload", "expected"),
    [
        ({"name": "Demo"}, "email: Field required"),
        ({"email": "demo@example.com"}, "name: Field required"),
        ({**VALID, "email": "demo"}, "email: value is not a valid email address"),
        ({**VALID, "email": 5}, "email: Input should be a valid string"),
        ({**VALID, "email": "demo@example.invalid"}, "email: value is not a valid"),
        ({**VALID, "name": ""}, "name: String should have at least 1 character"),
        ({**VALID, "name": "  "}, "name: String should have at least 1 character"),
        ({**VALID, "name": "x" * 10_000}, "name: String should have at most 100"),
        ({**VALID, "name": ["Demo"]}, "name: Input should be a valid string"),
        ({**VALID, "name": "De\x00mo"}, "name: String should match pattern"),
        ({**VALID, "is_admin": True}, "is_admin: Extra inputs are not permitted"),
    ],
)
def test_bad_payload_is_err_naming_the_field(
    payload: dict[str, object], expected: str
) -> None:
    """The Err text starts with `field: problem`, readable without pydantic."""
    result = user_service.create_user(payload)

    assert result.is_err()
    assert result.unwrap_err().startswith(expected)


def test_every_wrong_field_gets_its_own_line() -> None:
    """Two wrong fields, two lines, in field order."""
    result = user_service.create_user({"email": "demo", "name": ""})

    lines = result.unwrap_err().splitlines()
    assert [line.partition(":")[0] for line in lines] == ["email", "name"]


def test_name_is_stripped() -> None:
    """Surrounding spaces are not part of the name."""
    result = user_service.create_user({**VALID, "name": "  Demo  "})

    assert result.unwrap().name == "Demo"


def test_sql_looking_name_is_just_text() -> None:
    """Validation does not second-guess quotes; storage parameterises them."""
    name = "Robert'); DROP TABLE users;--"

    assert user_service.create_user({**VALID, "name": name}).unwrap().name == name


@pytest.mark.parametrize("email", ["demo@mail.example", "demo@example.test"])
def test_addresses_kept_for_examples_and_tests_are_valid(email: str) -> None:
    """RFC 2606 keeps .example and .test for samples and tests: both are valid."""
    assert user_service.create_user({**VALID, "email": email}).unwrap().email == email
