"""The HTTP handlers with an in-memory repository: status codes and logging."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from fastapi.testclient import TestClient
from structlog.testing import capture_logs

from python_service.api import create_app
from python_service.domain import CreateUser, User
from python_service.settings import Settings
from python_service.storage import DatabaseUnavailableError, DuplicateEmailError

DEMO = {"email": "demo@example.com", "name": "Demo"}
CREATED_AT = datetime(2025, 10, 17, tzinfo=UTC)


class FakeUserRepository:
    """Keeps users in a dict; `down=True` makes every call fail like a lost database."""

    def __init__(self, *, down: bool = False) -> None:
        self.users: dict[int, User] = {}
        self.down = down
        self.calls: list[str] = []

    def open(self) -> None:
        """Record the call."""
        self.calls.append("open")

    def close(self) -> None:
        """Record the call."""
        self.calls.append("close")

    def add(self, new_user: CreateUser) -> User:
        """Store the user unless the email is taken."""
        self._check()
        if any(user.email == new_user.email for user in self.users.values()):
            raise DuplicateEmailError(new_user.email)
        user = User(
            id=len(self.users) + 1, created_at=CREATED_AT, **new_user.model_dump()
        )
        self.users[user.id] = user
        return user

    def get(self, user_id: int) -> User | None:
        """Return the user with this id, or `None`."""
        self._check()
        return self.users.get(user_id)

    def ping(self) -> None:
        """Fail when down."""
        self._check()

    def _check(self) -> None:
        if self.down:
            raise DatabaseUnavailableError("fake database is down")


@pytest.fixture(name="repository")
def fixture_repository() -> FakeUserRepository:
    """An empty in-memory repository."""
    return FakeUserRepository()


@pytest.fixture(name="client")
def fixture_client(repository: FakeUserRepository) -> TestClient:
    """The app wired to the in-memory repository."""
    return TestClient(create_app(repository))


def test_post_user_is_201_with_the_stored_user(client: TestClient) -> None:
    """The response is the stored user, id and creation time included."""
    response = client.post("/users", json=DEMO)

    assert (response.status_code, response.json()) == (
        201,
        {"id": 1, **DEMO, "created_at": "2025-10-17T00:00:00Z"},
    )


def test_get_user_is_200(client: TestClient, repository: FakeUserRepository) -> None:
    """A stored user is returned as JSON."""
    repository.add(CreateUser(**DEMO))

    response = client.get("/users/1")

    assert (response.status_code, response.json()["email"]) == (200, DEMO["email"])


def test_get_unknown_user_is_404(client: TestClient) -> None:
    """The 404 says which id was missing."""
    response = client.get("/users/1")

    assert (response.status_code, response.json()) == (
        404,
        {"detail": "no user with id 1"},
    )


def test_duplicate_email_is_409(client: TestClient) -> None:
    """The repository's DuplicateEmailError becomes a 409 naming the email."""
    client.post("/users", json=DEMO)

    response = client.post("/users", json=DEMO)

    assert (response.status_code, response.json()) == (
        409,
        {"detail": "a user with email demo@example.com already exists"},
    )


def test_invalid_body_is_422_per_field(client: TestClient) -> None:
    """Each wrong field gets its own error entry."""
    response = client.post("/users", json={"email": "demo", "name": "", "x": 1})

    assert response.status_code == 422
    assert [error["loc"] for error in response.json()["detail"]] == [
        ["body", "email"],
        ["body", "name"],
        ["body", "x"],
    ]


def test_body_that_is_not_text_is_400_as_the_schema_says(client: TestClient) -> None:
    """Bytes that are not UTF-8 cannot be JSON: a 400, which /openapi.json lists."""
    response = client.post(
        "/users",
        content=b'{"name": "\xff"}',
        headers={"content-type": "application/json"},
    )

    documented = client.get("/openapi.json").json()["paths"]["/users"]["post"]
    assert response.status_code == 400
    assert "400" in documented["responses"]


@pytest.mark.parametrize(
    ("method", "path"), [("POST", "/users"), ("GET", "/users/1"), ("GET", "/health")]
)
def test_database_down_is_503_without_details(method: str, path: str) -> None:
    """A lost database: 503 with a clear message; the reason stays in the log."""
    client = TestClient(create_app(FakeUserRepository(down=True)))

    with capture_logs() as logs:
        response = client.request(method, path, json=DEMO)

    assert response.status_code == 503
    assert response.json() == {
        "detail": "The database is unavailable; nothing was changed. Retry later."
    }
    assert logs[0] == {
        "event": "database_unavailable",
        "path": path,
        "reason": "fake database is down",
        "log_level": "warning",
    }


def test_health_is_200_when_the_database_answers(client: TestClient) -> None:
    """The health check reports the database."""
    response = client.get("/health")

    assert (response.status_code, response.json()) == (
        200,
        {"status": "ok", "database": "ok"},
    )


def test_one_log_event_per_request(client: TestClient) -> None:
    """Each request logs method, path, status and duration once."""
    with capture_logs() as logs:
        client.post("/users", json=DEMO)

    assert len(logs) == 1
    duration = logs[0].pop("duration_ms")
    assert logs[0] == {
        "event": "request",
        "method": "POST",
        "path": "/users",
        "status": 201,
        "log_level": "info",
    }
    assert duration >= 0


@pytest.mark.parametrize(("per_second", "statuses"), [(1, [200, 429]), (0, [200, 200])])
def test_the_rate_limit_setting_reaches_the_app(
    repository: FakeUserRepository, per_second: float, statuses: list[int]
) -> None:
    """One request at once: the second is refused, unless the limit is 0 (off)."""
    settings = Settings(rate_limit_per_s=per_second, rate_limit_burst=1)
    client = TestClient(create_app(repository, settings))

    assert [client.get("/health").status_code for _ in range(2)] == statuses


def test_lifespan_opens_then_closes_the_repository(
    repository: FakeUserRepository,
) -> None:
    """Start-up opens the repository, shutdown closes it, once each."""
    with TestClient(create_app(repository)):
        assert repository.calls == ["open"]

    assert repository.calls == ["open", "close"]
