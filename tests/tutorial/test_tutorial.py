"""The playbook's pages, followed in an empty folder, build the reference service."""

from __future__ import annotations

import subprocess
import time
from pathlib import Path

from playbook_markdown.site_address import copy_address

from tests.support.paths import DOCS, ROOT
from tests.support.review import failed_rules
from tests.support.site_build import build_site
from tests.support.static_site import served
from tests.tutorial.reference import NOT_ON_THE_PAGES, differences, listed
from tests.tutorial.replay import REPO_NAME, Replay, playbook_pages, replayed_blocks


def replay_into(folder: Path, lines: list[str]) -> Path:
    """Replay every playbook page in `folder`; check the result; return the project.

    The reader follows this repository's site, built for and served at a free port
    (the pages serve 8000 and 8080 themselves), so the Quickstart clones, copies and
    updates from that site's clone of the repository: its committed HEAD. The step
    account goes into `lines` as it grows, so a failure still shows it.
    """
    site = folder / "site"
    site.mkdir(parents=True)
    with served(site) as address:
        build_site(site, site_url=f"{address}/").checked()
        quickstart = (site / "quickstart" / "index.html").read_text(encoding="utf-8")
        assert copy_address(address, REPO_NAME) in quickstart, (
            "the served Quickstart does not print its own site's clone"
        )
        return replay_served(folder, f"{address}/", lines)


def replay_served(folder: Path, site_url: str, lines: list[str]) -> Path:
    """Replay every page as the site at `site_url` prints it; check the result."""
    replay = Replay(folder, site_url)
    pages = playbook_pages(ROOT / "mkdocs.yml")
    start = time.monotonic()
    try:
        replay.replay(DOCS, pages)
    finally:
        lines[:] = replay.account.lines
    shown = sum(block.language == "output" for block in replayed_blocks(DOCS, pages))
    assert replay.account.compared == shown, (
        f"the pages show {shown} output blocks; the replay compared"
        f" {replay.account.compared}"
    )
    project = replay.cwd
    different = differences(ROOT, project)
    assert different == [], "the reader's project is not the reference:\n" + "\n".join(
        different
    )
    ignored = subprocess.run(["git", "check-ignore", "-q", ".env"], cwd=project)
    assert ignored.returncode == 0, ".env is not ignored by the reader's .gitignore"
    reasons = "; ".join(sorted(set(replay.account.skipped)))
    lines.append(
        f"tutorial: {replay.account.ran} steps run ({replay.account.red} of them red"
        f" as their pages say), {len(replay.account.skipped)}"
        f" skipped ({reasons}); {replay.account.compared} output blocks compared;"
        f" {len(listed(project))} files equal to the reference,"
        f" {len(NOT_ON_THE_PAGES)} excepted; {time.monotonic() - start:.0f} s"
    )
    return project


def test_pages_build_the_reference_service(
    tmp_path: Path, step_account: list[str]
) -> None:
    """Every step does what its page says; the project equals the reference, runs,
    and passes every rule of the Checklists page (the checker in review/)."""
    project = replay_into(tmp_path, step_account)
    assert (project / "uv.lock").is_file()
    assert {} == failed_rules(project)
