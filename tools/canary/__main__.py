"""`python -m tools.canary [RECIPE ...]`: the recipes against the newest releases.

A scratch clone is re-locked with `uv lock --upgrade` and each recipe runs there; for
each red one, bisecting the upgrades names the one that broke it. Not part of `just ci`:
an upstream release must never block a landing.
"""

from __future__ import annotations

import argparse
import itertools
import shutil
import sys
import tempfile
from pathlib import Path

from tools.canary.bisection import breaking_set
from tools.canary.lock_diff import Upgrade, upgrades
from tools.canary.scratch import CanaryError, ScratchCopy

RECIPES = ["check", "docs-test", "tutorial", "template-test"]


def verdict(
    copy: ScratchCopy, recipe: str, upgraded: str, found: list[Upgrade], logs: Path
) -> str:
    """`green`, or `red` and the smallest set of upgrades that breaks `recipe`."""
    copy.reset(upgraded)
    if copy.passes(recipe, logs / f"{recipe}.log"):
        return "green"
    copy.reset(copy.lock)
    if not copy.passes(recipe, logs / f"{recipe}-baseline.log"):
        return "red with the current lock too"
    trials = itertools.count(1)

    def fails(subset: list[Upgrade]) -> bool:
        copy.reset(copy.lock)
        copy.relock(*(f"--upgrade-package={each.requirement}" for each in subset))
        return not copy.passes(recipe, logs / f"{recipe}-trial-{next(trials)}.log")

    try:
        culprits = breaking_set(found, fails)
    except CanaryError as error:
        return f"red; the bisection stopped, {error}"
    return "red: broken by " + " with ".join(str(each) for each in culprits)


def main(recipes: list[str]) -> int:
    """Run the canary in a scratch folder; 0 if every recipe is green."""
    scratch = Path(tempfile.mkdtemp(prefix="canary-"))
    logs = scratch / "logs"
    logs.mkdir()
    print(f"canary: this repository's last commit, cloned into {scratch}", flush=True)
    try:
        copy = ScratchCopy(scratch / "repo")
        upgraded = copy.relock("--upgrade")
    except CanaryError as error:
        sys.exit(f"canary: {error}")
    found = upgrades(copy.lock, upgraded)
    if not found:
        print("canary: uv.lock has the newest release of every dependency already")
        shutil.rmtree(scratch)
        return 0
    print(f"canary: {len(found)} upgrades", *(f"  {each}" for each in found), sep="\n")
    results = {}
    for recipe in recipes:
        print(f"canary: just {recipe} …", flush=True)
        results[recipe] = verdict(copy, recipe, upgraded, found, logs)
    width = max(map(len, recipes))
    for recipe, result in results.items():
        print(f"{recipe:<{width}}  {result}  (log: {logs / recipe}.log)")
    return 0 if set(results.values()) == {"green"} else 1


if __name__ == "__main__":
    parser = argparse.ArgumentParser(prog="python -m tools.canary", description=__doc__)
    parser.add_argument(
        "recipes", nargs="*", default=RECIPES, metavar="RECIPE", help=" ".join(RECIPES)
    )
    sys.exit(main(parser.parse_args().recipes))
