"""Reference service of the Python Service Workflow playbook.

The package itself imports nothing, so `python_service.settings` loads without the
web stack. Import from where each part is defined: `python_service.api`
(`create_app`), `python_service.settings` (`load_settings`), `python_service.storage`
(`open_repository`).
"""

from __future__ import annotations
