"""`python -m python_service`: check the settings and database, then serve."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping

from python_service.settings import SettingsError, load_settings


def main(environ: Mapping[str, str] = os.environ) -> None:
    """Serve on HOST:PORT; exit with one clear line if the setup is wrong."""
    try:
        settings = load_settings(environ)
    except SettingsError as exc:
        sys.exit(f"python_service: {exc}")
    # The drivers and the web stack take ~0.3 s to import: only good settings pay it.
    import uvicorn

    from python_service.api import create_app
    from python_service.http_server import server_options
    from python_service.logs import configure_logging
    from python_service.storage import DatabaseSetupError, open_repository

    try:
        repository = open_repository(settings)
    except DatabaseSetupError as exc:
        sys.exit(f"python_service: {exc}")
    configure_logging(settings)
    uvicorn.run(create_app(repository, settings), **server_options(settings))


if __name__ == "__main__":
    main()
