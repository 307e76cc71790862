"""Each tool's settings, as the tool itself resolves them from a project's files."""

from __future__ import annotations
