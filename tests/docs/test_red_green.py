"""The pages that build the service show each red run, then the green run after it."""

from __future__ import annotations

from tests.support.paths import DOCS, ROOT
from tests.tutorial.replay import playbook_pages, replayed_blocks

FEWEST_REDS = 8


def test_each_red_shows_its_output_and_a_green_run_follows() -> None:
    """A failing block has an output block; the next block run green has one too."""
    blocks = replayed_blocks(DOCS, playbook_pages(ROOT / "mkdocs.yml"))
    runs = [
        (index, block)
        for index, block in enumerate(blocks)
        if block.kind == "shell" and block.skip is None and not block.title
    ]
    problems = []
    reds = 0
    for position, (index, block) in enumerate(runs):
        if block.replay[0] != "fails":
            continue
        reds += 1
        if blocks[index + 1].language != "output":
            problems.append(f"{block.where}: the red run shows no output")
        after = [run for run in runs[position + 1 :] if run[1].replay[0] != "serves"]
        if not after or after[0][1].replay[0] != "run":
            problems.append(f"{block.where}: the next run is not a green one")
        elif blocks[after[0][0] + 1].language != "output":
            problems.append(f"{block.where}: the green run after it shows no output")
    assert reds >= FEWEST_REDS, f"{reds} red runs; the playbook shows {FEWEST_REDS}"
    assert problems == []
