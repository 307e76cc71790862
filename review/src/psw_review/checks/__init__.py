"""The rules: one module per family, one class per rule, named by the rule's ID."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from typing import Any

from packaging.requirements import InvalidRequirement, Requirement
from packaging.utils import canonicalize_name
from repo_review.checks import get_check_url

from psw_review.skips import Skip, described

type Verdict = bool | str | Skip | None
"""What a rule's `check` returns: passed, failed with this message, or skipped."""


def rules_of[T](family: type[T]) -> dict[str, T]:
    """Every rule of a family, by ID: the family's subclasses, one instance each.

    Each instance's `check` ends its failure message with the rule's URL, so the
    report shows where the fix is explained even where links cannot be clicked; a
    `Skip` it returns becomes repo-review's skip, its reason after the description.
    """
    rules = {}
    for rule_class in family.__subclasses__():
        rule = rule_class()
        url = get_check_url(rule_class.__name__, rule)  # type: ignore[arg-type]
        setattr(rule, "check", _linked(rule, getattr(rule_class, "check"), url))
        rules[rule_class.__name__] = rule
    return rules


def _linked(
    rule: object, check: Callable[..., Verdict], url: str
) -> Callable[..., bool | str | None]:
    """`check`, with `url` after its failure message (same signature: same fixtures).

    repo-review reads a rule's description from its `__doc__` after every check has
    run, so a skip's reason set there shows in every report, after the description.
    """

    @functools.wraps(check)
    def linked(**fixtures: Any) -> bool | str | None:
        verdict = check(**fixtures)
        vars(rule).pop("__doc__", None)
        if isinstance(verdict, Skip):
            rule.__doc__ = described(type(rule).__doc__ or "", verdict)
            return None
        return (
            f"{verdict}\n\nHow to fix it: {url}"
            if isinstance(verdict, str)
            else verdict
        )

    return linked


def requirement_names(requirements: Iterable[object]) -> set[str]:
    """The normalised project names of PEP 508 strings (`ruff>=0.8` gives `ruff`);
    a string that is no requirement names nothing."""
    names: set[str] = set()
    for requirement in requirements:
        try:
            names.add(canonicalize_name(Requirement(str(requirement)).name))
        except InvalidRequirement:
            continue
    return names


def listed(names: Iterable[str]) -> str:
    """Names as inline code, comma-separated: `a`, `b`."""
    return ", ".join(f"`{name}`" for name in names)
