"""The schema fuzzer: `uv run just fuzz` runs Schemathesis against the service."""

from __future__ import annotations
