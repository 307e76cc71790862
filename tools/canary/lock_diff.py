"""What `uv lock --upgrade` changed: the packages of two uv.lock texts, by version."""

from __future__ import annotations

import tomllib
from typing import NamedTuple


class Upgrade(NamedTuple):
    """One locked package whose version changed."""

    name: str
    old: str
    new: str

    def __str__(self) -> str:
        return f"{self.name} {self.old} -> {self.new}"

    @property
    def requirement(self) -> str:
        """`uv lock --upgrade-package`'s argument: this upgrade, no later one."""
        return self.name if ", " in self.new else f"{self.name}=={self.new}"


def versions(lock: str) -> dict[str, str]:
    """Each `[[package]]`'s name and version (a forked package's versions, joined)."""
    found: dict[str, list[str]] = {}
    for package in tomllib.loads(lock).get("package", []):
        found.setdefault(package["name"], []).append(package.get("version", "?"))
    return {name: ", ".join(sorted(each)) for name, each in found.items()}


def upgrades(old_lock: str, new_lock: str) -> list[Upgrade]:
    """The packages locked in both texts at different versions, by name."""
    old, new = versions(old_lock), versions(new_lock)
    return [
        Upgrade(name, old[name], new[name])
        for name in sorted(old.keys() & new.keys())
        if old[name] != new[name]
    ]
