"""Run the benchmarks named on the command line, or all of them."""

from __future__ import annotations

import importlib
import pkgutil
import sys

import bench


def main(names: list[str]) -> None:
    """Import each `bench.<name>` module and call its `main()`."""
    found = sorted(m.name for m in pkgutil.iter_modules(bench.__path__))
    for name in names or found:
        if name not in found:
            sys.exit(f"bench: no benchmark {name!r}; choose from {', '.join(found)}")
        print(f"== bench.{name}", flush=True)
        importlib.import_module(f"bench.{name}").main()


if __name__ == "__main__":
    main(sys.argv[1:])
