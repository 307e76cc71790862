"""The families of rules, in the order the playbook teaches them, and what they note."""

from __future__ import annotations

from repo_review.families import Family

from psw_review.skips import skip_lines
from psw_review.workspace import Workspace

FAMILIES: dict[str, Family] = {
    "psw-project": Family(name="Project and dependencies (Phase 1)", order=1),
    "psw-tools": Family(name="pytest, ruff, mypy and coverage (Phase 1)", order=2),
    "psw-justfile": Family(name="justfile (Phase 1)", order=3),
    "psw-secrets": Family(name="Settings and secrets (Phase 1)", order=4),
    "psw-container": Family(name="Container (Packaging, Security)", order=5),
    "psw-ci": Family(name="CI and commit hooks (Phases 1 and 3)", order=6),
}
"""Each family's order is the first digit of its rules' IDs."""


def get_families(
    workspace: Workspace | None, skips: dict[str, str]
) -> dict[str, Family]:
    """The families' names and order, each described by what the report should note.

    The project family names the folder's uv workspace (its root, or its members);
    every family names its rules that are skipped, and why.
    """
    families = {}
    for key, family in FAMILIES.items():
        lines = skip_lines(skips, family["order"])
        if key == "psw-project" and (noted := workspace_note(workspace)):
            lines.insert(0, noted)
        described: Family = {**family}
        if lines:
            described["description"] = "\n".join(f"- {line}" for line in lines)
        families[key] = described
    return families


def workspace_note(workspace: Workspace | None) -> str:
    """What the report says of the folder's uv workspace; empty for a lone project."""
    if workspace is None:
        return ""
    if workspace.is_member:
        return (
            f"A member of the uv workspace at `{workspace.root_from_folder}`: "
            "its `uv.lock` there pins this folder too."
        )
    if workspace.members:
        members = ", ".join(f"`{member}`" for member in workspace.members)
        return (
            f"The root of a uv workspace, whose `uv.lock` pins its members: {members}."
        )
    return ""
