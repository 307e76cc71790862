"""Benchmarks that print numbers: `uv run just bench`."""
