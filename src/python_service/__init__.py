"""Reference service of the Python Service Workflow playbook."""

from __future__ import annotations
