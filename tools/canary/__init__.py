"""`just canary`: this repository's checks against every dependency's newest release."""

from __future__ import annotations
