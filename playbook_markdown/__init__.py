"""The site's own build code: Python-Markdown extensions both engines run, and helpers.

`task_list_labels` and `cheat_sheet` are `markdown_extensions` entries of mkdocs.yml,
run by MkDocs and Zensical alike; `llms_fences` is mkdocs-llmstxt's `preprocess` file
(MkDocs only); `site_nav` reads the nav. Both engines import extensions by module name:
a build started as `python -m mkdocs` or `python -m zensical` from the repository root
has the root on `sys.path`, so this folder needs no install (ADR 0001).
"""
