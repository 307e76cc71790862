"""The account of fences: each one checked, or skipped with a written reason."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from tests.docs.fences import Fence, scan


def unchecked(fence: Fence) -> str | None:
    """Why no checker verifies the fence (a skip without reason, no fitting checker)."""
    if fence.skip_reason == "":
        return (
            f"{fence.where}: `skip` without a reason: write"
            ' <!-- skip: next "why" --> and say why in the prose'
        )
    if fence.skip_reason is None and fence.kind is None:
        return (
            f"{fence.where}: no checker verifies a"
            f" ```{fence.language or '(no language)'} block: title it with the"
            " repository file it shows, or put"
            ' <!-- skip: next "why" --> above it and say why in the prose'
        )
    return None


def unaccounted(fences: Iterable[Fence], collected: dict[int, str | None]) -> list[str]:
    """Fences that no checker collected (line -> kind) and no reasoned skip covers."""
    problems = []
    for fence in fences:
        if (problem := unchecked(fence)) is not None:
            problems.append(problem)
        elif not fence.skip_reason and collected.get(fence.line) != fence.kind:
            problems.append(
                f"{fence.where}: the scanner sees a {fence.kind} block here but"
                f" the Sybil parser collected {collected.get(fence.line)!r}:"
                " a malformed fence?"
            )
    return problems


def page_fences(root: Path) -> list[Fence]:
    """All fences of all pages under `root/docs`."""
    return [
        fence
        for path in sorted((root / "docs").rglob("*.md"))
        for fence in scan(
            path.read_text(encoding="utf-8"), path.relative_to(root).as_posix()
        )
    ]


@dataclass
class Tally:
    """Outcomes of the per-block tests, keyed by `docs/page.md:42`."""

    passed: set[str] = field(default_factory=set)
    skipped: set[str] = field(default_factory=set)
    failed: set[str] = field(default_factory=set)

    def line(self, fences: Collection[Fence], broken: Collection[str]) -> str:
        """`docs: 84 blocks, 81 verified, 3 skipped with reason` (+ failed, not run)."""
        verified = skipped = failed = not_run = 0
        for fence in fences:
            if fence.where in self.failed or fence.where in broken:
                failed += 1
            elif fence.skip_reason:
                skipped += 1
            elif fence.where in self.passed:
                verified += 1
            else:
                not_run += 1
        text = (
            f"docs: {len(fences)} blocks, {verified} verified,"
            f" {skipped} skipped with reason"
        )
        if failed:
            text += f", {failed} failed"
        if not_run:
            text += f", {not_run} not run"
        return text
