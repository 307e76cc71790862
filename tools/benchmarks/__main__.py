"""Run the benchmarks named on the command line, or all of them."""

from __future__ import annotations

import importlib
import pkgutil
import sys

from tools import benchmarks


def main(names: list[str]) -> None:
    """Import each `tools.benchmarks.<name>` module and call its `main()`."""
    modules = pkgutil.iter_modules(benchmarks.__path__)
    found = sorted(m.name for m in modules if not m.name.startswith("_"))
    for name in names or found:
        if name not in found:
            sys.exit(f"bench: no benchmark {name!r}; choose from {', '.join(found)}")
        print(f"== {benchmarks.__name__}.{name}", flush=True)
        importlib.import_module(f"{benchmarks.__name__}.{name}").main()


if __name__ == "__main__":
    main(sys.argv[1:])
