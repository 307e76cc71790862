"""MkDocs' hooks (`hooks:` in mkdocs.yml): what Zensical does itself or by its helper.

Zensical ignores hooks: it leaves out edit links when `repo_url` is unset, and its
build helper (tests/support/site_build.py) writes the Git copy after its build.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError

from playbook_markdown.git_copy import GitCopyError, write_git_copy


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """No edit links without a forge (`repo_url`): `edit_uri` is relative to it."""
    if config.repo_url is None:
        config.edit_uri = None
    return config


def on_post_build(*, config: MkDocsConfig) -> None:
    """Write the Git copy of the repository that holds mkdocs.yml into the site."""
    if not config.repo_name:
        raise PluginError("mkdocs.yml has no repo_name, which names the site's clone")
    try:
        write_git_copy(
            Path(config.config_file_path).parent,
            Path(config.site_dir),
            config.repo_name,
        )
    except GitCopyError as error:
        raise PluginError(str(error)) from None
