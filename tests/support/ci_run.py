"""The package lists `.ci/run` installs, as bash reads them."""

from __future__ import annotations

import re
import subprocess

from tests.support.paths import ROOT

CI_RUN = ROOT / ".ci" / "run"
ARRAY = re.compile(r"^\w+=\([^()]*\)$", re.MULTILINE)
"""A bash array assignment at the start of a line, over one line or several."""


def ci_array(name: str) -> set[str]:
    """The items of the bash array `name` that `.ci/run` assigns."""
    assignments = "\n".join(ARRAY.findall(CI_RUN.read_text(encoding="utf-8")))
    assert f"\n{name}=(" in f"\n{assignments}", f".ci/run assigns no array {name}"
    printed = subprocess.run(
        ["bash", "-c", f'{assignments}\nprintf "%s\\n" "${{{name}[@]}}"'],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return set(printed.split())
