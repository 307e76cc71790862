"""A Dockerfile's stages, and the ones that install and run the service."""

from __future__ import annotations

import re
from dataclasses import dataclass

from dockerfile import Command

INSTALLS_PYTHON = re.compile(
    r"\b(?:uv\s+(?:sync|pip\s+install)|pip3?\s+install|python3?\s+-m\s+pip\s+install)\b"
)
"""A command that installs Python packages: `uv sync`, `uv pip install`, `pip …`."""


@dataclass(frozen=True)
class Stage:
    """One stage: from its FROM to the next."""

    index: int
    name: str
    """The stage's name after `AS`, lower case; its index when it has none."""
    base: str
    """The image or stage after FROM."""
    instructions: tuple[Command, ...]

    def sources(self) -> set[str]:
        """The stages or images it copies from: `COPY --from=`, `RUN --mount=…from=`."""
        found = set()
        for instruction in self.instructions:
            for flag in instruction.flags:
                if flag.startswith("--from="):
                    found.add(flag.removeprefix("--from=").lower())
                elif match := re.search(r"\bfrom=([^,]+)", flag):
                    found.add(match[1].lower())
        return found

    def installs_python(self) -> bool:
        """A RUN line of the stage installs Python packages."""
        return any(
            instruction.cmd == "RUN"
            and INSTALLS_PYTHON.search(" ".join(instruction.value))
            for instruction in self.instructions
        )


def stages_of(instructions: tuple[Command, ...]) -> list[Stage]:
    """The Dockerfile's stages, in order."""
    starts = [i for i, c in enumerate(instructions) if c.cmd == "FROM" and c.value]
    found = []
    for index, (start, end) in enumerate(zip(starts, [*starts[1:], None])):
        base, *alias = instructions[start].value
        named = len(alias) == 2 and alias[0].upper() == "AS"
        found.append(
            Stage(
                index=index,
                name=alias[1].lower() if named else str(index),
                base=base,
                instructions=instructions[start:end],
            )
        )
    return found


def service_stages(instructions: tuple[Command, ...]) -> list[Stage]:
    """The stages that make the service's image, in order.

    The final stage and its FROM chain, and each stage they copy from that installs
    Python packages (with its own FROM chain and sources), but not a stage that builds
    other things, such as frontend assets with npm.
    """
    stages = stages_of(instructions)
    if not stages:
        return []
    by_name = {stage.name: stage for stage in stages} | {
        str(stage.index): stage for stage in stages
    }

    def chain(stage: Stage) -> list[Stage]:
        """The stage and the earlier stages it is FROM, recursively."""
        found = [stage]
        while (base := by_name.get(found[-1].base.lower())) and base not in found:
            found.append(base)
        return found

    kept = chain(stages[-1])
    for stage in kept:
        for source in sorted(stage.sources()):
            lineage = chain(by_name[source]) if source in by_name else []
            if any(s.installs_python() for s in lineage):
                kept.extend(s for s in lineage if s not in kept)
    return sorted(kept, key=lambda stage: stage.index)


def base_images(stages: list[Stage]) -> list[str]:
    """The images the stages start from (a stage FROM another stage adds none)."""
    names = {stage.name for stage in stages}
    return list(dict.fromkeys(s.base for s in stages if s.base.lower() not in names))
