"""Log events render for people in development and as JSON lines elsewhere."""

from __future__ import annotations

import json
import logging

import pytest
import structlog

from python_service.logs import configure_logging
from python_service.settings import Settings


def test_production_logs_one_json_object_per_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Outside development every event is a JSON object with level and time."""
    configure_logging(Settings(app_env="production"))

    structlog.get_logger().info("request", status=201)

    event = json.loads(capsys.readouterr().out)
    assert {key: event[key] for key in ("event", "status", "level")} == {
        "event": "request",
        "status": 201,
        "level": "info",
    }
    assert "timestamp" in event


def test_development_logs_are_not_json(capsys: pytest.CaptureFixture[str]) -> None:
    """In development the console renderer writes a readable line."""
    configure_logging(Settings(app_env="development"))

    structlog.get_logger().info("request", status=201)

    line = capsys.readouterr().out
    assert "request" in line
    assert not line.startswith("{")


def test_events_below_log_level_are_dropped(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """LOG_LEVEL=WARNING drops info events."""
    configure_logging(Settings(app_env="test", log_level="WARNING"))

    structlog.get_logger().info("request")
    structlog.get_logger().warning("database_unavailable")

    assert [
        json.loads(line)["event"] for line in capsys.readouterr().out.splitlines()
    ] == ["database_unavailable"]


def test_uvicorn_records_are_json_outside_development(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A standard-library record (uvicorn's) renders as JSON with its logger name."""
    configure_logging(Settings(app_env="production"))

    logging.getLogger("uvicorn.error").info("Started server process [%d]", 42)

    event = json.loads(capsys.readouterr().out)
    assert {key: event[key] for key in ("event", "logger", "level")} == {
        "event": "Started server process [42]",
        "logger": "uvicorn.error",
        "level": "info",
    }
    assert "timestamp" in event


def test_uvicorn_tracebacks_are_one_json_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """An error record with a traceback stays one JSON object, traceback inside."""
    configure_logging(Settings(app_env="production"))

    try:
        raise RuntimeError("boom")
    except RuntimeError:
        logging.getLogger("uvicorn.error").exception("Exception in ASGI application")

    [line] = capsys.readouterr().out.splitlines()
    event = json.loads(line)
    assert event["level"] == "error"
    assert "RuntimeError: boom" in event["exception"]


def test_uvicorn_records_below_log_level_are_dropped(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """LOG_LEVEL applies to the standard library's records too."""
    configure_logging(Settings(app_env="production", log_level="WARNING"))

    logging.getLogger("uvicorn.error").info("Waiting for application startup.")

    assert capsys.readouterr().out == ""
