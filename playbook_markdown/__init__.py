"""The site's own Python-Markdown extensions, run by MkDocs and Zensical alike.

Both engines import `markdown_extensions` entries by module name. A build started as
`python -m mkdocs` or `python -m zensical` from the repository root has the root on
`sys.path`, so this folder needs no install (docs/adr/0001-material-for-mkdocs.md).
"""
