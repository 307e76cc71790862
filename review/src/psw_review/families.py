"""The families of rules, in the order the playbook teaches them, and what they note."""

from __future__ import annotations

from repo_review.families import Family

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


def get_families(workspace: Workspace | None) -> dict[str, Family]:
    """The families' names and order; the project family names the folder's uv
    workspace (its root, or its members)."""
    families = {key: Family(**family) for key, family in FAMILIES.items()}
    if noted := workspace_note(workspace):
        families["psw-project"]["description"] = noted
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
