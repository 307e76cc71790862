"""The Quickstart, Phase 1 and Phase 2 pages, carried out step by step, end green."""

from __future__ import annotations

from pathlib import Path

from tests.tutorial.replay import Replay

DOCS = Path(__file__).resolve().parents[2] / "docs"


def test_tutorial_pages_replay_to_green(
    tmp_path: Path, step_account: list[str]
) -> None:
    """Runnable steps pass, the RED step fails as the page says, `check` ends green."""
    replay = Replay(tmp_path)
    try:
        account = replay.replay(DOCS)
    finally:
        step_account[:] = [*replay.account.lines, replay.account.summary()]
    assert replay.ran_check
    assert account.ran > 0
    assert any(" red " in line for line in account.lines), "no RED step was replayed"
