"""The smallest set of upgrades that breaks a check, in a logarithmic number of runs."""

from __future__ import annotations

from collections.abc import Callable, Sequence


def breaking_set[T](items: Sequence[T], fails: Callable[[list[T]], bool]) -> list[T]:
    """The items that together make `fails` true, found by bisecting prefixes.

    Assumes `fails(list(items))` and not `fails([])`. Each round finds, by binary
    search, the shortest prefix of the candidates that fails beside the items found
    so far; its last item is needed. One culprit among n costs ⌈log2 n⌉ + 1 runs.
    The set comes in `items`' order.
    """
    found: list[T] = []
    candidates = list(items)
    while candidates:
        passing, failing = 0, len(candidates)  # prefix lengths
        while failing - passing > 1:
            middle = (passing + failing) // 2
            if fails(found + candidates[:middle]):
                failing = middle
            else:
                passing = middle
        found.append(candidates[failing - 1])
        candidates = candidates[: failing - 1]
        if not candidates or fails(found):
            break
    return found[::-1]
