"""axe-core finds no serious or critical accessibility violation on any page."""

from __future__ import annotations

import functools
from typing import Any

from playwright.sync_api import Page

from tests.support.paths import ROOT

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
BLOCKING = {"serious", "critical"}


@functools.cache
def axe_source() -> str:
    """axe-core's browser bundle, installed by `npm ci`."""
    if not AXE.is_file():
        raise AssertionError(f"{AXE} missing: run `npm ci` at the repository root")
    return AXE.read_text(encoding="utf-8")


def describe(violation: dict[str, Any]) -> str:
    """One paragraph per violation: rule, impact, help URL, offending nodes."""
    nodes = "\n".join(
        f"      {', '.join(node['target'])}: {node['failureSummary'].splitlines()[-1]}"
        for node in violation["nodes"][:5]
    )
    more = len(violation["nodes"]) - 5
    tail = f"\n      ... and {more} more" if more > 0 else ""
    return (
        f"  [{violation['impact']}] {violation['id']}: {violation['help']}\n"
        f"    {violation['helpUrl']}\n{nodes}{tail}"
    )


def test_no_serious_axe_violation(page: Page, page_path: str) -> None:
    """Run axe-core on the page; serious and critical findings fail, detailed."""
    page.goto(page_path, wait_until="networkidle")
    page.add_script_tag(content=axe_source())
    results: dict[str, Any] = page.evaluate("axe.run(document)")
    blocking = [v for v in results["violations"] if v["impact"] in BLOCKING]
    report = "\n".join(describe(v) for v in blocking)
    assert blocking == [], f"{page_path}: {len(blocking)} axe violations\n{report}"
