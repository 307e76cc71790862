"""mkdocs.yml's llmstxt sections are the nav's pages with their descriptions."""

from __future__ import annotations

import difflib

import pytest
from playbook_markdown.sections import replaced, span

from tests.site.llms_sections import SECTION, generated
from tests.support.paths import DOCS
from tests.support.site_config import CONFIG, site_config


def test_llms_sections_follow_the_nav(request: pytest.FixtureRequest) -> None:
    """The sections list every nav page once, described by its front matter.

    `just docs-fix` (pytest's `--update-examples`) rewrites them instead of failing.
    """
    text = CONFIG.read_text(encoding="utf-8")
    expected = generated(site_config()["nav"], DOCS)
    start, end = span(text, SECTION)
    actual = text[start:end]
    if expected != actual and request.config.getoption("update_examples"):
        CONFIG.write_text(replaced(text, SECTION, expected), encoding="utf-8")
        return
    diff = "".join(
        difflib.unified_diff(
            actual.splitlines(keepends=True),
            expected.splitlines(keepends=True),
            "mkdocs.yml (llms-sections)",
            "generated from the nav and the pages' descriptions",
        )
    )
    assert expected == actual, f"run `uv run just docs-fix`:\n{diff}"
