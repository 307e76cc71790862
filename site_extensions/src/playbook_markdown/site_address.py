"""The repository's address on each page: the Git copy of the site that prints it.

The pages write the address as `uv run just docs` serves the copy
(`http://127.0.0.1:8000/python-service-workflow.git`), so a reader of the local site
runs the commands as typed. A build for another address (`site_url`, from `SITE_URL`)
prints that site's own copy in its place, in code blocks and prose alike.
"""

from __future__ import annotations

import re
from typing import Any

from markdown import Markdown
from markdown.extensions import Extension
from markdown.preprocessors import Preprocessor

LOCAL_SITE_URL = "http://127.0.0.1:8000/"
"""Where `uv run just docs` serves the site: the address the pages are written for."""
PRIORITY = 29
"""After whitespace is normalised (30), before fenced code is set aside (25)."""


def copy_address(site_url: str, repo_name: str) -> str:
    """The address of the repository's copy in the site served at `site_url`."""
    return f"{site_url.rstrip('/')}/{repo_name}.git"


def site_address(text: str, site_url: str, repo_name: str) -> str:
    """`text` with the local site's copy address replaced by `site_url`'s.

    The address is replaced where it stands whole, not inside a longer name (a
    sentence's full stop may follow it).
    """
    local = re.compile(
        r"(?<![\w.-])"
        + re.escape(copy_address(LOCAL_SITE_URL, repo_name))
        + r"(?![\w-]|\.\w)"
    )
    return local.sub(copy_address(site_url, repo_name), text)


class SiteAddress(Preprocessor):
    """Write the site's own copy address where a page writes the local one."""

    def __init__(self, md: Markdown, site_url: str, repo_name: str) -> None:
        """Remember the site's address and the repository's name."""
        super().__init__(md)
        self.site_url = site_url
        self.repo_name = repo_name

    def run(self, lines: list[str]) -> list[str]:
        """The page's lines, the address replaced."""
        return site_address("\n".join(lines), self.site_url, self.repo_name).split("\n")


class SiteAddressExtension(Extension):
    """Register the address rewriter (settings from mkdocs.yml)."""

    def __init__(self, **kwargs: Any) -> None:
        """Settings: `site_url` and `repo_name`, the same as mkdocs.yml's."""
        self.config = {
            "site_url": [LOCAL_SITE_URL, "The address the site is published at"],
            "repo_name": [
                "",
                "The repository's name: its copy is <site_url><name>.git",
            ],
        }
        super().__init__(**kwargs)

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Python-Markdown's name)
        """Run before fenced code blocks are set aside."""
        md.preprocessors.register(
            SiteAddress(md, self.getConfig("site_url"), self.getConfig("repo_name")),
            "site_address",
            PRIORITY,
        )


def makeExtension(**kwargs: Any) -> SiteAddressExtension:  # noqa: N802
    """Entry point Python-Markdown calls for `playbook_markdown.site_address`."""
    return SiteAddressExtension(**kwargs)
