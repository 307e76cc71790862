"""PSW5xx: the Dockerfile and its build context (Packaging, Security)."""

from __future__ import annotations

import fnmatch
import re
from importlib.resources.abc import Traversable

from dockerfile import Command

from psw_review.checks import listed, rules_of
from psw_review.fixtures import Unreadable
from psw_review.site import RULE_URL
from psw_review.skips import Skip
from psw_review.stages import base_images, service_stages

UV_SYNC = re.compile(r"\buv\s+sync\b[^;&|\n]*")
"""One `uv sync` command of a RUN line, up to the next `;`, `&&`, `|` or line end."""


class ContainerRule:
    """Rules about the Dockerfile, read by Docker's own parser."""

    family = "psw-container"
    url = RULE_URL
    requires: frozenset[str] = frozenset({"PSW501"})


def uv_syncs(instructions: tuple[Command, ...]) -> list[str]:
    """Every `uv sync` command of the stages that make the service's image."""
    return [
        found
        for stage in service_stages(instructions)
        for instruction in stage.instructions
        if instruction.cmd == "RUN"
        for found in UV_SYNC.findall(" ".join(instruction.value))
    ]


def final_stage(instructions: tuple[Command, ...]) -> tuple[Command, ...]:
    """The instructions from the last FROM on: the image that runs."""
    starts = [
        i for i, instruction in enumerate(instructions) if instruction.cmd == "FROM"
    ]
    return instructions[starts[-1] :] if starts else instructions


class PSW501(ContainerRule):
    """A Dockerfile builds the service's image"""

    requires = frozenset()

    @staticmethod
    def check(
        dockerfile: tuple[Command, ...] | Unreadable | None, library: Skip | None
    ) -> bool | str | Skip:
        """Multi-stage, on one base image; skipped, with why, for a library."""
        if library is not None:
            return library
        match dockerfile:
            case None:
                return "No `Dockerfile`: start from the Packaging page's."
            case Unreadable(message=message):
                return f"Docker's parser cannot read the `Dockerfile`: {message}"
        return True


class PSW502(ContainerRule):
    """The image installs with `uv sync --locked`"""

    @staticmethod
    def check(dockerfile: tuple[Command, ...]) -> bool | str:
        """The build fails on a stale `uv.lock` instead of resolving anew."""
        syncs = uv_syncs(dockerfile)
        if not syncs:
            return "The Dockerfile runs no `uv sync`: install with `uv sync --locked`."
        unlocked = [sync.strip() for sync in syncs if "--locked" not in sync.split()]
        if unlocked:
            return f"Add `--locked` to {listed(unlocked)}."
        return True


class PSW503(ContainerRule):
    """The image has no development tools: `uv sync --no-default-groups`"""

    @staticmethod
    def check(dockerfile: tuple[Command, ...]) -> bool | str:
        """`--no-dev` leaves out only `dev`; with `default-groups = "all"` every group
        is a default."""
        syncs = uv_syncs(dockerfile)
        with_tools = [
            s.strip() for s in syncs if "--no-default-groups" not in s.split()
        ]
        if not syncs or with_tools:
            return f"Add `--no-default-groups` to {listed(with_tools) or '`uv sync`'}."
        return True


class PSW504(ContainerRule):
    """The image runs as a non-root user, by numeric id"""

    @staticmethod
    def check(dockerfile: tuple[Command, ...]) -> bool | str:
        """A numeric id lets Kubernetes' `runAsNonRoot` verify it."""
        users = [
            i.value[0] for i in final_stage(dockerfile) if i.cmd == "USER" and i.value
        ]
        if not users:
            return (
                "The final stage has no `USER`, so it runs as root: `USER 10001:10001`."
            )
        user = users[-1].split(":")[0]
        if not user.isdigit():
            return f"`USER {users[-1]}` is a name: use its numeric id (`USER 10001`)."
        if int(user) == 0:
            return (
                "`USER 0` is root: create a user (`useradd --uid 10001`), use its id."
            )
        return True


class PSW505(ContainerRule):
    """The build and run stages use one base image"""

    @staticmethod
    def check(dockerfile: tuple[Command, ...]) -> bool | str:
        """Wheels with compiled code load only on the C library they were built for."""
        bases = base_images(service_stages(dockerfile))
        if len(bases) > 1:
            return (
                f"The stages that install and run the service start from "
                f"{listed(bases)}: use one image."
            )
        return True


class PSW506(ContainerRule):
    """`.dockerignore` keeps `.env` out of the build context"""

    @staticmethod
    def check(root: Traversable) -> bool | str:
        """Otherwise `COPY . /app` can put local secrets in an image layer."""
        path = root / ".dockerignore"
        if not path.is_file():
            return (
                "No `.dockerignore`: start from the Security page's (it lists `.env`)."
            )
        patterns = [
            line.strip().lstrip("/")
            for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.lstrip().startswith(("#", "!"))
        ]
        if any(fnmatch.fnmatchcase(".env", pattern) for pattern in patterns):
            return True
        return "Add a line `.env` to `.dockerignore`."


def repo_review_checks() -> dict[str, ContainerRule]:
    """The rules of this family, for repo-review's entry point."""
    return rules_of(ContainerRule)
