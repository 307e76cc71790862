"""The pages write the repository's address as the local site serves its copy.

A build for another `site_url` prints that site's own copy instead
(`playbook_markdown.site_address`), so every published copy names itself.
"""

from __future__ import annotations

from markdown import Markdown
from playbook_markdown.blocks import read_page
from playbook_markdown.site_address import (
    LOCAL_SITE_URL,
    SiteAddressExtension,
    copy_address,
    site_address,
)

from tests.support.paths import DOCS
from tests.support.shell_script import script_commands
from tests.support.site_config import site_config

REPO_NAME = site_config()["repo_name"]
LOCAL = copy_address(LOCAL_SITE_URL, REPO_NAME)
PUBLISHED = "https://docs.example.com/playbook/"


def test_quickstart_clones_and_copies_from_the_local_sites_copy() -> None:
    """The clone and the template command use the address `uv run just docs` serves."""
    addresses = [
        word
        for block in read_page(DOCS / "quickstart.md")
        for _, argv in script_commands(block.source)
        for word in argv
        if word.endswith(".git")
    ]
    assert addresses == [LOCAL] * 2


def test_mkdocs_yml_gives_the_extension_its_own_settings() -> None:
    """The extension reads `site_url` and `repo_name` from the settings of the site."""
    config = site_config()
    [settings] = [
        entry["playbook_markdown.site_address"]
        for entry in config["markdown_extensions"]
        if isinstance(entry, dict) and "playbook_markdown.site_address" in entry
    ]
    assert settings == {"site_url": config["site_url"], "repo_name": REPO_NAME}


def test_a_page_prints_the_address_of_the_site_built() -> None:
    """Code and prose alike: the local address becomes the site's own."""
    md = Markdown(
        extensions=[
            "fenced_code",
            SiteAddressExtension(site_url=PUBLISHED, repo_name=REPO_NAME),
        ]
    )
    html = md.convert(f"Clone {LOCAL}.\n\n```bash\ngit clone {LOCAL}\n```\n")
    assert LOCAL not in html
    assert html.count(f"{PUBLISHED}{REPO_NAME}.git") == 2


def test_the_address_is_replaced_only_where_it_stands_whole() -> None:
    """Inside `git+…#subdirectory=` it is replaced; in a longer name it is not."""
    text = f'"git+{LOCAL}#subdirectory=review" {LOCAL}x {LOCAL}.bak'
    assert site_address(text, PUBLISHED.rstrip("/"), REPO_NAME) == (
        f'"git+{PUBLISHED}{REPO_NAME}.git#subdirectory=review" {LOCAL}x {LOCAL}.bak'
    )
