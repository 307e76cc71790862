"""The HTTP API on real databases: the happy path, bad input and faults."""

from __future__ import annotations

import json
import threading

import httpx2
import pytest
from fastapi.testclient import TestClient

from python_service.api import create_app

from tests.integration.fixture_types import LockUsers, MakeRepository, StoredUsers

DEMO = {"email": "demo@example.com", "name": "Demo"}

BAD_BODIES = {
    "malformed JSON": ('{"email": "demo@example.com", "name": ', ["body", 38]),
    "empty body": ("", ["body"]),
    "JSON array": ("[]", ["body"]),
    "wrong types": (json.dumps({"email": 5, "name": ["Demo"]}), ["body", "email"]),
    "missing email": (json.dumps({"name": "Demo"}), ["body", "email"]),
    "missing name": (json.dumps({"email": "demo@example.com"}), ["body", "name"]),
    "invalid email": (json.dumps({**DEMO, "email": "demo@"}), ["body", "email"]),
    "empty name": (json.dumps({**DEMO, "name": ""}), ["body", "name"]),
    "blank name": (json.dumps({**DEMO, "name": "   "}), ["body", "name"]),
    "10,000-char name": (json.dumps({**DEMO, "name": "x" * 10_000}), ["body", "name"]),
    "unknown field": (json.dumps({**DEMO, "is_admin": True}), ["body", "is_admin"]),
    "NUL in name": (json.dumps({**DEMO, "name": "De\u0000mo"}), ["body", "name"]),
}


def test_created_user_can_be_read_back(client: TestClient) -> None:
    """POST answers 201 with the stored user; GET by its id returns the same."""
    created = client.post("/users", json=DEMO)

    assert created.status_code == 201
    body = created.json()
    assert {key: body[key] for key in DEMO} == DEMO
    read = client.get(f"/users/{body['id']}")
    assert (read.status_code, read.json()) == (200, body)


def test_unknown_user_is_404(client: TestClient) -> None:
    """An id nobody has is a 404 that says which id."""
    response = client.get("/users/7")

    assert (response.status_code, response.json()) == (
        404,
        {"detail": "no user with id 7"},
    )


@pytest.mark.parametrize("user_id", ["0", "-1", "abc", str(2**63), "1.5"])
def test_impossible_user_id_is_422(client: TestClient, user_id: str) -> None:
    """Ids outside 1..2**63-1 are refused before any SQL runs."""
    response = client.get(f"/users/{user_id}")

    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["path", "user_id"]


def test_duplicate_email_is_409(client: TestClient, stored_users: StoredUsers) -> None:
    """The second user with one email gets 409 and the first stays as it was."""
    client.post("/users", json=DEMO)

    response = client.post("/users", json={**DEMO, "name": "Other"})

    assert response.status_code == 409
    assert response.json() == {
        "detail": "a user with email demo@example.com already exists"
    }
    assert stored_users() == [("demo@example.com", "Demo")]


@pytest.mark.parametrize(("body", "loc"), BAD_BODIES.values(), ids=BAD_BODIES.keys())
def test_bad_body_is_422_naming_the_field(
    client: TestClient, stored_users: StoredUsers, body: str, loc: list[object]
) -> None:
    """Every bad body gets a 422 whose first error points at the culprit."""
    response = client.post(
        "/users", content=body, headers={"content-type": "application/json"}
    )

    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == loc
    assert stored_users() == []


def test_sql_injection_in_name_is_stored_verbatim(
    client: TestClient, stored_users: StoredUsers
) -> None:
    """A name written as SQL comes back as the same text; the table survives."""
    name = "Robert'); DROP TABLE users;--"

    created = client.post("/users", json={**DEMO, "name": name})

    assert created.status_code == 201
    assert client.get(f"/users/{created.json()['id']}").json()["name"] == name
    assert stored_users() == [("demo@example.com", name)]


def test_locked_database_is_503_and_nothing_is_written(
    make_repository: MakeRepository,
    stored_users: StoredUsers,
    users_table_locked: LockUsers,
) -> None:
    """A write that cannot reach the table in time: 503, no row, then it recovers."""
    with TestClient(create_app(make_repository(0.2))) as client:
        with users_table_locked():
            response = client.post("/users", json=DEMO)

        assert response.status_code == 503
        assert "database is unavailable" in response.json()["detail"]
        assert stored_users() == []
        assert client.post("/users", json=DEMO).status_code == 201


def test_health_is_200_on_a_deployed_database(client: TestClient) -> None:
    """The health check queries the users table."""
    response = client.get("/health")

    assert (response.status_code, response.json()) == (
        200,
        {"status": "ok", "database": "ok"},
    )


def test_openapi_document_lists_the_routes(client: TestClient) -> None:
    """FastAPI publishes the contract at /openapi.json."""
    paths = client.get("/openapi.json").json()["paths"]

    assert sorted(paths) == ["/health", "/users", "/users/{user_id}"]


def test_concurrent_duplicate_requests_give_one_201(
    live_url: str, stored_users: StoredUsers
) -> None:
    """Two real HTTP requests racing on one email: exactly one 201, one 409."""
    for round_number in range(5):
        payload = {"email": f"race{round_number}@example.com", "name": "Racer"}
        barrier = threading.Barrier(2)
        statuses: list[int] = []

        def post(payload: dict[str, str] = payload) -> None:
            with httpx2.Client(base_url=live_url, timeout=10) as http:
                barrier.wait()
                statuses.append(http.post("/users", json=payload).status_code)

        threads = [threading.Thread(target=post) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()

        assert sorted(statuses) == [201, 409]
    assert len(stored_users()) == 5
