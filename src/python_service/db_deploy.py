"""`python -m python_service.db_deploy`: deploy the database, with sqitch or not."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

import psycopg  # PostgreSQL only

from python_service.settings import SettingsError, load_settings
from python_service.storage.sqlite_schema import (
    deploy_sqlite_plan,
    missing_changes,
    plan_changes,  # PostgreSQL only
)

SQITCH_IDENTITY = {
    "SQITCH_FULLNAME": "db-deploy",
    "SQITCH_EMAIL": "db-deploy@localhost",
}
"""Who sqitch records as the deployer when the environment names nobody."""


def main(environ: Mapping[str, str] = os.environ, db_dir: Path = Path("db")) -> None:
    """Deploy what is missing to the database the settings name; say how."""
    try:
        settings = load_settings(environ)
        sqitch = shutil.which("sqitch", path=environ.get("PATH", os.defpath))
        # PostgreSQL only
        if settings.database_url is not None:
            url = settings.database_url
            _deploy_postgres(url, db_dir / "postgres", sqitch, environ)
            return

        _deploy_sqlite(settings.sqlite_db_path, db_dir / "sqlite", sqitch, environ)
    except (SettingsError, sqlite3.Error, subprocess.CalledProcessError) as exc:
        sys.exit(f"db-deploy: {exc}")


def _deploy_sqlite(
    path: Path, plan_dir: Path, sqitch: str | None, environ: Mapping[str, str]
) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if not missing_changes(plan_dir, path):
        print(f"db-deploy: {path} has every change of {plan_dir}; nothing to do")
    elif sqitch is not None:
        print(f"db-deploy: deploying {plan_dir} to {path} with sqitch", flush=True)
        _sqitch(sqitch, plan_dir, f"db:sqlite:{path.resolve()}", environ)
    else:
        deployed = deploy_sqlite_plan(plan_dir, path)
        print(
            f"db-deploy: sqitch is not installed; deployed {', '.join(deployed)} "
            f"to {path} with Python's sqlite3 ({plan_dir}/deploy/*.sql in plan order)"
        )


# PostgreSQL only
def _deploy_postgres(
    url: str, plan_dir: Path, sqitch: str | None, environ: Mapping[str, str]
) -> None:
    if sqitch is not None:
        print(
            f"db-deploy: deploying {plan_dir} to DATABASE_URL with sqitch", flush=True
        )
        _sqitch(sqitch, plan_dir, f"db:pg:{url.partition(':')[2]}", environ)
        return
    try:
        with psycopg.connect(url, autocommit=True, connect_timeout=5) as conn:
            for change in plan_changes(plan_dir):
                conn.execute((plan_dir / "verify" / f"{change}.sql").read_bytes())
    except psycopg.Error as exc:
        sys.exit(
            f"db-deploy: DATABASE_URL lacks the schema of {plan_dir} ({exc}) and "
            "sqitch is not installed; deploy it with sqitch (see db/README.md), or "
            "leave DATABASE_URL empty to use SQLite"
        )
    print(f"db-deploy: DATABASE_URL has the schema of {plan_dir}; nothing to do")


def _sqitch(
    sqitch: str, plan_dir: Path, target: str, environ: Mapping[str, str]
) -> None:
    subprocess.run(
        [sqitch, "-C", str(plan_dir), "deploy", "--verify", target],
        env={**SQITCH_IDENTITY, **environ},
        check=True,
    )


if __name__ == "__main__":
    main()
