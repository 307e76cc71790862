"""Programs that are not tests: benchmarks, the fuzz runner, command-line entries."""

from __future__ import annotations
