"""Reference service of the Python Service Workflow playbook."""

from __future__ import annotations

from python_service.api import create_app
from python_service.settings import Settings, SettingsError, load_settings
from python_service.storage import UserRepository, open_repository

__all__ = [
    "Settings",
    "SettingsError",
    "UserRepository",
    "create_app",
    "load_settings",
    "open_repository",
]
