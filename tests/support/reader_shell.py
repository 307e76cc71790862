"""A reader's shell with only uv and Python: a new HOME, system folders, no venv."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

SYSTEM_FOLDERS = ["/usr/local/bin", "/usr/bin", "/bin"]
MACHINE_NETWORK = re.compile(r"SSL|CERT|CA_BUNDLE|CAINFO|PROXY|^PIP_", re.IGNORECASE)
"""The machine's own settings for reaching package indexes: TLS trust, proxies, pip."""
GITCONFIG = """\
[user]
\tname = Reader
\temail = reader@example.org
[init]
\tdefaultBranch = main
"""


def uv_binary() -> Path:
    """The uv a reader has: the real binary (`uv run` names it in UV), not a shim."""
    found = os.environ.get("UV") or shutil.which("uv")
    if found is None:
        raise RuntimeError("uv not found: the replay needs the uv a reader installs")
    return Path(found).resolve()


def reader_environment(home: Path) -> dict[str, str]:
    """Variables of a fresh login: HOME, PATH of uv, Python and the system, a locale.

    Nothing of this repository's environment passes (no VIRTUAL_ENV, no .venv/bin,
    no test settings); the machine's network settings do, as they would in a reader's
    login shell here. The uv cache is the machine's too, so packages are not
    downloaded again; a Git identity is set, as a reader has one.
    """
    home.mkdir(parents=True, exist_ok=True)
    (home / ".gitconfig").write_text(GITCONFIG, encoding="utf-8")
    uv = uv_binary()
    python = Path(sys.base_prefix) / "bin"
    folders = dict.fromkeys([str(uv.parent), str(python), *SYSTEM_FOLDERS])
    cache = subprocess.run(
        [str(uv), "cache", "dir"], capture_output=True, text=True, check=True
    ).stdout.strip()
    network = {k: v for k, v in os.environ.items() if MACHINE_NETWORK.search(k)}
    return {
        **network,
        "HOME": str(home),
        "PATH": os.pathsep.join(folders),
        "LANG": "C.UTF-8",
        "UV_CACHE_DIR": cache,
    }
