"""Structured logging with structlog: readable in development, JSON elsewhere."""

from __future__ import annotations

import logging
import sys

import structlog

from python_service.settings import Settings

STDLIB_LOGGERS = ("uvicorn", "uvicorn.error", "uvicorn.asgi")
"""Loggers that must reach the root handler (uvicorn.access is off: we log requests)."""


def configure_logging(settings: Settings) -> None:
    """Render events for people in development and as JSON lines otherwise.

    structlog's events and the standard library's records (uvicorn's start-up and
    error lines) go through the same renderer, so outside development every line
    the service prints is one JSON object.
    """
    development = settings.app_env == "development"
    renderer: structlog.typing.Processor = (
        structlog.dev.ConsoleRenderer()
        if development
        else structlog.processors.JSONRenderer()
    )
    # ConsoleRenderer prints tracebacks itself; JSON needs them as a string field.
    tracebacks: list[structlog.typing.Processor] = (
        [] if development else [structlog.processors.format_exc_info]
    )
    shared: list[structlog.typing.Processor] = [
        structlog.processors.add_log_level,
        structlog.processors.TimeStamper(fmt="iso", utc=True),
    ]
    structlog.configure(
        processors=[
            structlog.contextvars.merge_contextvars,
            *shared,
            *tracebacks,
            renderer,
        ],
        wrapper_class=structlog.make_filtering_bound_logger(
            logging.getLevelNamesMapping()[settings.log_level]
        ),
    )
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(
        structlog.stdlib.ProcessorFormatter(
            foreign_pre_chain=[structlog.stdlib.add_logger_name, *shared],
            processors=[
                structlog.stdlib.ProcessorFormatter.remove_processors_meta,
                *tracebacks,
                renderer,
            ],
        )
    )
    root = logging.getLogger()
    root.handlers = [handler]
    root.setLevel(settings.log_level)
    for name in STDLIB_LOGGERS:
        logger = logging.getLogger(name)
        logger.handlers = []
        logger.propagate = True
