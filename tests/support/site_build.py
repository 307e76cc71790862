"""One strict build of the site into a folder, with everything mkdocs printed."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from tests.support.paths import ROOT


@dataclass(frozen=True)
class SiteBuild:
    """The output folder of a `mkdocs build --strict` run and everything it printed."""

    site_dir: Path
    log: str
    returncode: int

    def checked(self) -> Path:
        """The output folder; fail with the build's log if the build failed."""
        assert self.returncode == 0, f"mkdocs build --strict failed:\n{self.log}"
        return self.site_dir


def build_site(site_dir: Path) -> SiteBuild:
    """Build the site with `mkdocs build --strict` into `site_dir` (not the repo's)."""
    completed = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", site_dir],
        cwd=ROOT,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        capture_output=True,
        text=True,
        check=False,
    )
    log = completed.stdout + completed.stderr
    return SiteBuild(site_dir, log, completed.returncode)
