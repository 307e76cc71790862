"""One strict, offline build of the site into a folder, by MkDocs or by Zensical.

Its command line is `tools/site_build.py` (`just docs-build-zensical DIR`).
"""

from __future__ import annotations

import functools
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path
from typing import Literal, get_args

from playbook_markdown.git_copy import GitCopyError, write_git_copy

from tests.support.paths import DOCS, ROOT
from tests.support.site_config import site_config

Engine = Literal["mkdocs", "zensical"]
ENGINES: tuple[Engine, ...] = get_args(Engine)
"""MkDocs (with Material) publishes the site; Zensical is its successor (ADR 0001)."""
DISTRIBUTIONS: dict[Engine, str] = {"mkdocs": "mkdocs", "zensical": "zensical"}
STAGING = "var"
"""Zensical builds only inside the project: its output is staged there, then moved."""
COLOUR = re.compile(r"\x1b\[[0-9;]*m")
"""Zensical colours its log whatever the terminal; the log is kept as plain text."""
SITE_DIR_VARIABLE = "PLAYBOOK_SITE_DIR"
"""Read by mkdocs.yml's `site_dir` (`!ENV`), the one way to give Zensical a folder."""
SITE_URL_VARIABLE = "SITE_URL"
"""Read by mkdocs.yml's `site_url`: the address the pages print the repository's at."""


@dataclass(frozen=True)
class SiteBuild:
    """The output folder of a strict build and everything the engine printed."""

    engine: Engine
    site_dir: Path
    log: str
    returncode: int
    seconds: float
    offline: bool
    """Whether the build ran in a network namespace of its own (no network at all)."""

    def checked(self) -> Path:
        """The output folder; fail with the build's log if the build failed."""
        assert self.returncode == 0, f"{self.engine} build --strict failed:\n{self.log}"
        return self.site_dir

    def summary(self) -> str:
        """One line: engine and version, folder, time, and how the network was cut."""
        network = (
            "offline (network namespace)"
            if self.offline
            else "network not cut: `unshare -rn` is not available here"
        )
        name = f"{self.engine} {version(DISTRIBUTIONS[self.engine])}"
        outcome = "built" if self.returncode == 0 else "FAILED"
        return f"{name}: {outcome} {self.site_dir} in {self.seconds:.1f} s, {network}"


@functools.cache
def offline_prefix() -> tuple[str, ...]:
    """`unshare -rn` where it works: the build then has no network to reach."""
    unshare = shutil.which("unshare")
    if unshare is None:
        return ()
    command = [unshare, "--net", "--map-root-user"]
    probe = subprocess.run([*command, "true"], capture_output=True, check=False)
    return tuple(command) if probe.returncode == 0 else ()


def build_site(
    site_dir: Path,
    engine: Engine = "mkdocs",
    root: Path = ROOT,
    site_url: str | None = None,
) -> SiteBuild:
    """Build the site of `root` strictly with `engine` into `site_dir` (replaced).

    `site_url`, if given, is the address the site is built for (SITE_URL).

    `root` is this repository, or a copy of its site's files that a test changed (a
    Git repository too: the site carries a clone of it). MkDocs writes that clone
    itself (a hook); after Zensical, which runs no hooks, this writes it.
    """
    site_dir = site_dir.resolve()
    refuse_to_replace(site_dir)
    (root / STAGING).mkdir(exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f"{engine}-site-", dir=root / STAGING))
    output = staging / "site"
    arguments = {
        "mkdocs": ["build", "--strict", "--site-dir", str(output)],
        "zensical": ["build", "--strict"],
    }[engine]
    start = time.monotonic()
    try:
        completed = subprocess.run(
            [*offline_prefix(), command(engine), *arguments],
            cwd=root,
            env={
                **os.environ,
                "NO_MKDOCS_2_WARNING": "1",
                SITE_DIR_VARIABLE: str(output),
                **({SITE_URL_VARIABLE: site_url} if site_url else {}),
            },
            capture_output=True,
            text=True,
            check=False,
        )
        log = COLOUR.sub("", completed.stdout + completed.stderr)
        returncode = completed.returncode
        if returncode == 0 and engine == "zensical":
            try:
                write_git_copy(
                    root, output, site_config(root / "mkdocs.yml")["repo_name"]
                )
            except GitCopyError as error:
                log, returncode = f"{log}{error}\n", 1
        seconds = time.monotonic() - start
        if returncode == 0:
            shutil.rmtree(site_dir, ignore_errors=True)
            site_dir.parent.mkdir(parents=True, exist_ok=True)
            shutil.move(output, site_dir)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return SiteBuild(
        engine=engine,
        site_dir=site_dir,
        log=log,
        returncode=returncode,
        seconds=seconds,
        offline=bool(offline_prefix()),
    )


def command(engine: Engine) -> str:
    """The engine's own command, as a reader types it (`mkdocs`, not `python -m`).

    It puts its own folder first on `sys.path`, not the working directory: the
    site's extensions import only because `uv sync` installed them.
    """
    found = shutil.which(engine, path=str(Path(sys.executable).parent))
    if found is None:
        raise SystemExit(f"no `{engine}` command beside {sys.executable}: run uv sync")
    return found


def refuse_to_replace(site_dir: Path) -> None:
    """Stop before a build would replace a folder that is not a built site."""
    if (
        site_dir in (ROOT, DOCS)
        or site_dir in ROOT.parents
        or DOCS.is_relative_to(site_dir)
    ):
        raise SystemExit(
            f"{site_dir}: the site cannot replace the project; name a new folder"
        )
    if site_dir.is_dir() and any(site_dir.iterdir()):
        if not (site_dir / "sitemap.xml").is_file():
            raise SystemExit(
                f"{site_dir} is not empty and holds no built site (no sitemap.xml);"
                " name a new or empty folder"
            )
