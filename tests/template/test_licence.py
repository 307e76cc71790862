"""The licence a new project asks for: its standard text in LICENSE and its SPDX
identifier in pyproject.toml, or neither; this repository's own is MIT."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from identify.vendor.licenses import LICENSES

from tests.support.paths import ROOT
from tests.template.projects import finished

STANDARD_TEXTS = dict(LICENSES)
"""The licences' texts as choosealicense.com gives them, vendored by `identify`
(pre-commit's file identifier), with `[year] [fullname]` where the holder goes."""
HOLDER = {
    "MIT": "[year] [fullname]",
    "BSD-3-Clause": "[year], [fullname]",
    "Apache-2.0": None,  # the notice goes in the appendix, left for the project to fill
}


def standard_text(spdx: str, holder: str) -> str:
    """The licence's standard text, naming the holder on its copyright line."""
    text = STANDARD_TEXTS[spdx]
    if placeholder := HOLDER[spdx]:
        assert text.count(placeholder) == 1
        text = text.replace(placeholder, holder)
    return text


def project_metadata(project: Path) -> dict[str, object]:
    """The `[project]` table of a project's pyproject.toml."""
    document = tomllib.loads((project / "pyproject.toml").read_text("utf-8"))
    metadata: dict[str, object] = document["project"]
    return metadata


@pytest.mark.parametrize("spdx", ["MIT", "Apache-2.0", "BSD-3-Clause"])
def test_a_licence_writes_its_standard_text_and_its_identifier(
    snapshot: Path, tmp_path: Path, spdx: str
) -> None:
    """LICENSE is the standard text, held by the project's authors, and pyproject.toml
    declares it (PEP 639): `license` and `license-files`."""
    data = {"project_name": "zebra-orders", "license": spdx}
    project = finished(snapshot, tmp_path / "project", data)

    license_text = (project / "LICENSE").read_text("utf-8")
    assert license_text == standard_text(spdx, "The zebra-orders authors")
    metadata = project_metadata(project)
    assert (metadata["license"], metadata["license-files"]) == (spdx, ["LICENSE"])


def test_no_licence_writes_neither(snapshot: Path, tmp_path: Path) -> None:
    """`none`: no LICENSE file, no licence in the metadata (all rights reserved)."""
    project = finished(snapshot, tmp_path / "project", {"license": "none"})

    assert not (project / "LICENSE").exists()
    assert {"license", "license-files"}.isdisjoint(project_metadata(project))


def test_this_repository_is_mit_outside_the_part_the_template_copies() -> None:
    """The root LICENSE is MIT's standard text; pyproject.toml declares it after the
    `project` part, so Phase 1 does not show it and a new project gets its own."""
    license_text = (ROOT / "LICENSE").read_text("utf-8")
    assert license_text == standard_text("MIT", "The Python Service Workflow authors")
    pyproject = (ROOT / "pyproject.toml").read_text("utf-8")
    metadata = tomllib.loads(pyproject)["project"]
    assert (metadata["license"], metadata["license-files"]) == ("MIT", ["LICENSE"])
    shown = pyproject.split("# --8<-- [start:project]")[1].split("# --8<-- [end:")[0]
    assert "license" not in shown
