"""The site's own build code: Python-Markdown extensions both engines run, and helpers.

`task_list_labels`, `cheat_sheet` and `site_address` are `markdown_extensions` entries
of mkdocs.yml, run by MkDocs and Zensical alike; `llms_fences` is mkdocs-llmstxt's
`preprocess` file and `mkdocs_hooks` its `hooks:` file (MkDocs only); `git_copy` writes
the repository's clone into a built site; `site_nav` reads the nav and `recipes` the
justfile. Both engines
import extensions by module name, so this is an installed package: `uv sync` installs
it, editable, with the root project's docs group, and `mkdocs` and `zensical` import
it from any folder (ADR 0001, ADR 0007).
"""
