"""`just tutorial-keep DIR`: follow every playbook page in DIR, and keep it."""

from __future__ import annotations

import sys
from pathlib import Path

from tests.tutorial.test_tutorial import replay_into


def main(argv: list[str]) -> int:
    """Replay into the folder named on the command line; print the step account."""
    if len(argv) != 1:
        print("usage: python -m tools.tutorial_keep DIR", file=sys.stderr)
        return 2
    folder = Path(argv[0]).resolve()
    if folder.exists() and any(folder.iterdir()):
        print(
            f"tutorial: {folder} is not empty; give a new or empty folder",
            file=sys.stderr,
        )
        return 2
    lines: list[str] = []
    try:
        project = replay_into(folder, lines)
    except AssertionError as failure:
        print(
            "\n".join(lines),
            f"\ntutorial: FAILED\n{failure}",
            sep="\n",
            file=sys.stderr,
        )
        return 1
    print("\n".join(lines))
    print(f"tutorial: the reader's project is {project}, their HOME {folder / 'home'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
