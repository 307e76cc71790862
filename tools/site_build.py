"""`just docs-build-zensical DIR`: build the site strictly with one engine into DIR.

It prints the engine's log and a closing line, and exits with the engine's status.
"""

from __future__ import annotations

import sys
from pathlib import Path

from tests.support.site_build import ENGINES, build_site


def main(arguments: list[str]) -> int:
    """Build with the engine named first into the folder named second; print its log."""
    if len(arguments) != 2 or arguments[0] not in ENGINES:
        raise SystemExit(
            f"usage: python -m tools.site_build {{{'|'.join(ENGINES)}}} DIR"
        )
    engine = next(engine for engine in ENGINES if engine == arguments[0])
    built = build_site(Path(arguments[1]), engine)
    print(built.log, end="" if built.log.endswith("\n") or not built.log else "\n")
    print(built.summary())
    return built.returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
