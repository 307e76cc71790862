"""The replayer itself: page settings are read; a broken step names page and line."""

from __future__ import annotations

import http.server
import socketserver
import subprocess
import threading
from pathlib import Path

import pytest
from playbook_markdown.blocks import read_page
from playbook_markdown.git_copy import write_git_copy
from playbook_markdown.site_address import LOCAL_SITE_URL, copy_address

from tests.support.paths import DOCS, ROOT
from tests.support.static_site import served
from tests.tutorial.replay import (
    REPO_NAME,
    Replay,
    ReplayError,
    matches,
    playbook_pages,
)
from tests.tutorial.steps import PageError, page_steps

NO_SITE = "https://example.invalid/"
"""A site address for replays of pages that clone nothing."""


def page(tmp_path: Path, text: str) -> Path:
    """A one-page docs folder holding `text`."""
    path = tmp_path / "docs" / "page.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("name", playbook_pages(ROOT / "mkdocs.yml"))
def test_every_playbook_page_reads_as_steps(name: str) -> None:
    """Each page's replay settings are ones the replay knows."""
    assert isinstance(page_steps(DOCS / name), list)


@pytest.mark.parametrize("name", playbook_pages(ROOT / "mkdocs.yml"))
def test_every_output_block_is_compared_with_a_block_the_replay_runs(
    name: str,
) -> None:
    """Each ```output block of a playbook page becomes a comparison with the block
    right above it, a shell block the replay runs (neither skipped nor a server)."""
    shown = [b.where for b in read_page(DOCS / name) if b.language == "output"]
    steps = page_steps(DOCS / name)
    compared = [step for step in steps if step.action == "output"]
    assert [step.where for step in compared] == shown
    for output in compared:
        above = [s for s in steps[: steps.index(output)] if s.action != "output"][-1]
        assert (above.block, above.action) in {
            (output.block, "run"),
            (output.block, "fails"),
            (output.block, "cd"),
        }, f"{output.where} is not compared with the block right above it"


@pytest.mark.parametrize(
    ("above", "reason"),
    [
        ('``` { .bash data-skip="needs root" }\nsudo true\n```\n', "is skipped"),
        (
            '``` { .bash data-replay="serves: http://127.0.0.1:9/" }\nx\n```\n',
            "is a server",
        ),
        ("```toml\na = 1\n```\n", "is not a shell block"),
        ("", "no block comes before it"),
    ],
)
def test_output_under_a_block_the_replay_does_not_read_is_an_error(
    tmp_path: Path, above: str, reason: str
) -> None:
    """An output block after a skipped block, a server or no command is never
    compared, so the page is refused at the output block's line."""
    ran = "```bash\necho hi\n```\n\n" if above else "Prose only.\n"
    path = page(tmp_path, f"{ran}{above}\n```output\nhi\n```\n")
    line = path.read_text(encoding="utf-8").splitlines().index("```output") + 1
    with pytest.raises(PageError, match=rf"^docs/page.md:{line}: .*{reason}"):
        page_steps(path)


def test_output_is_compared_with_its_own_block_only(tmp_path: Path) -> None:
    """The output shows the block right above it, not an earlier one; a match counts."""
    docs = page(
        tmp_path,
        "```bash\necho one\n```\n```output\none\n```\n"
        "```bash\necho two\n```\n```output\none\n```\n",
    ).parent
    replay = Replay(tmp_path / "work", NO_SITE)
    with pytest.raises(ReplayError, match=r"^docs/page.md:10: the commands above"):
        replay.replay(docs, ["page.md"])
    assert replay.account.compared == 1


def test_settings_are_read(tmp_path: Path) -> None:
    """`fails`, `serves` and output blocks become the matching steps."""
    path = page(
        tmp_path,
        '``` { .bash data-replay="fails: ModuleNotFoundError" }\n'
        "uv run just test\n```\n"
        '``` { .bash data-replay="serves: http://127.0.0.1:9/" }\n'
        "uv run just run\n```\n"
        "```bash\ncd sub\necho hi\n```\n```output\nhi\n```\n",
    )
    steps = [(s.where, s.action, s.detail) for s in page_steps(path)]
    assert steps == [
        ("docs/page.md:2", "fails", "ModuleNotFoundError"),
        ("docs/page.md:5", "serves", "http://127.0.0.1:9/"),
        ("docs/page.md:8", "cd", "sub"),
        ("docs/page.md:9", "run", ""),
        ("docs/page.md:11", "output", ""),
    ]


def test_skipped_block_becomes_skip_steps(tmp_path: Path) -> None:
    """`data-skip` makes each command a skip step carrying the reason.

    That the page says the reason is the docs tests' check (test_harness.py).
    """
    path = page(tmp_path, '``` { .bash data-skip="needs Docker" }\ndocker ps\n```\n')
    steps = [(s.action, s.text, s.detail) for s in page_steps(path)]
    assert steps == [("skip", "docker ps", "needs Docker")]


def test_heredoc_is_one_command(tmp_path: Path) -> None:
    """A heredoc's body runs with its command, not as commands of its own."""
    path = page(tmp_path, "```bash\ncat > a.txt <<'EOF'\nrm -rf x\nEOF\nls\n```\n")
    steps = [(s.where, s.text) for s in page_steps(path)]
    assert steps == [
        ("docs/page.md:2", "cat > a.txt <<'EOF'\nrm -rf x\nEOF"),
        ("docs/page.md:5", "ls"),
    ]


def test_output_matches_with_ellipsis() -> None:
    """`...` stands for any text; everything else must be printed as shown."""
    assert matches('{"id":1,"at":"..."}\n200\n', '{"id":1,"at":"2026-11-30"}\n200')
    assert not matches('{"id":1,"at":"..."}\n200\n', '{"id":2,"at":"2026-11-30"}\n200')


def test_failing_command_names_page_and_line(tmp_path: Path) -> None:
    """A command that fails stops the replay at its page line, with its output."""
    docs = page(tmp_path, "# Page\n\n```bash\ntrue\nls no-such-file\n```\n").parent
    replay = Replay(tmp_path / "work", NO_SITE)
    with pytest.raises(ReplayError, match=r"^docs/page.md:5: `ls no-such-file` exited"):
        replay.replay(docs, ["page.md"])
    assert replay.account.ran == 1


def test_red_step_must_fail_as_the_page_says(tmp_path: Path) -> None:
    """A `fails:` step that passes, or fails for another reason, stops the replay."""
    docs = page(
        tmp_path, '``` { .bash data-replay="fails: ModuleNotFoundError" }\ntrue\n```\n'
    ).parent
    replay = Replay(tmp_path / "work", NO_SITE)
    with pytest.raises(ReplayError, match="should fail printing 'ModuleNotFoundError'"):
        replay.replay(docs, ["page.md"])


def test_reader_shell_has_no_project_tools(tmp_path: Path) -> None:
    """The reader's shell has uv, but not this repository's virtual environment (a
    `just` installed on the machine may be there, as on a reader's)."""
    ours = ROOT / ".venv" / "bin" / "just"
    docs = page(
        tmp_path,
        f'```bash\nuv --version\ntest -z "$VIRTUAL_ENV"\n'
        f'test "$(command -v just)" != "{ours}"\n```\n',
    ).parent
    replay = Replay(tmp_path / "work", NO_SITE)
    with pytest.raises(ReplayError, match=r"^\(after the last page\)"):
        replay.replay(docs, ["page.md"])
    assert replay.account.ran == 3


def test_the_repository_is_cloned_from_the_served_site(tmp_path: Path) -> None:
    """A command at the local site's address runs at the served site's: a clone from
    its static files, at the address the site prints."""
    site = tmp_path / "site"
    write_git_copy(ROOT, site, REPO_NAME)
    local = copy_address(LOCAL_SITE_URL, REPO_NAME)
    path = page(
        tmp_path,
        f"```bash\ngit clone --quiet {local} clone\ngit -C clone rev-parse HEAD\n```\n",
    )
    with served(site) as url:
        replay = Replay(tmp_path / "work", url)
        replay.replay_page(path)
    head = subprocess.run(
        ["git", "rev-parse", "HEAD"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert replay.account.ran == 2
    assert replay.printed == {"docs/page.md:1": head}


def test_server_whose_port_already_answers_is_refused(tmp_path: Path) -> None:
    """A `serves:` URL that answers before the page's server starts stops the replay:
    another process would answer for it."""
    with socketserver.TCPServer(
        ("127.0.0.1", 0), http.server.SimpleHTTPRequestHandler
    ) as other:
        threading.Thread(target=other.serve_forever, daemon=True).start()
        url = f"http://127.0.0.1:{other.server_address[1]}/"
        docs = page(
            tmp_path, f'``` {{ .bash data-replay="serves: {url}" }}\nsleep 60\n```\n'
        ).parent
        replay = Replay(tmp_path / "work", NO_SITE)
        with pytest.raises(ReplayError, match="another process holds its port"):
            replay.replay(docs, ["page.md"])
        other.shutdown()
    assert replay.servers == []


def test_playbook_pages_include_nested_groups(tmp_path: Path) -> None:
    """A group of pages inside a playbook section is replayed in nav order, in place."""
    config = tmp_path / "mkdocs.yml"
    config.write_text(
        "nav:\n"
        "  - Get started:\n"
        "      - index.md\n"
        "  - Playbook:\n"
        "      - One: one.md\n"
        "      - Group:\n"
        "          - Two: two.md\n"
        "          - three.md\n"
        "      - four.md\n"
        "  - Reference:\n"
        "      - api.md\n",
        encoding="utf-8",
    )
    assert playbook_pages(config) == [
        "index.md",
        "one.md",
        "two.md",
        "three.md",
        "four.md",
    ]
