"""The site's Markdown extensions are an installed package, not a folder on the cwd.

`uv sync` installs `playbook-markdown` from site_extensions/ (the docs group), so the
engines' own commands, `mkdocs` and `zensical`, import it from any folder.
"""

from __future__ import annotations

import tomllib
from importlib.metadata import distribution
from pathlib import Path

import playbook_markdown

from tests.support.site_build import SiteBuild, command

DISTRIBUTION = "playbook-markdown"
PROJECT = "site_extensions"


def test_extensions_are_installed_from_their_folder(repo_root: Path) -> None:
    """The distribution is installed, and its package is the one in site_extensions/."""
    assert distribution(DISTRIBUTION).version
    package = Path(playbook_markdown.__file__).resolve().parent
    assert package == repo_root / PROJECT / "src" / "playbook_markdown"


def test_engine_commands_build_the_site(site_build: SiteBuild) -> None:
    """The build ran the engine's own command, which has no repository on sys.path."""
    assert Path(command(site_build.engine)).name == site_build.engine
    assert "ModuleNotFoundError" not in site_build.log
    site_build.checked()


def test_root_states_the_extensions_metadata(repo_root: Path) -> None:
    """`[tool.uv] dependency-metadata` equals site_extensions/pyproject.toml's."""
    root = tomllib.loads((repo_root / "pyproject.toml").read_text(encoding="utf-8"))
    project = tomllib.loads(
        (repo_root / PROJECT / "pyproject.toml").read_text(encoding="utf-8")
    )["project"]
    stated = {
        entry["name"]: entry for entry in root["tool"]["uv"]["dependency-metadata"]
    }
    assert stated[DISTRIBUTION] == {
        "name": project["name"],
        "version": project["version"],
        "requires-dist": project["dependencies"],
    }
