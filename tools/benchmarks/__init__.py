"""Benchmarks that print numbers: `uv run just bench`."""

from __future__ import annotations
