"""Where the playbook's site is: every rule's URL is an item of its Checklists page."""

from __future__ import annotations

SITE_URL = "https://python-service-workflow.example.org/"
"""The published site's address: mkdocs.yml's `site_url` when SITE_URL is unset (a
test keeps the two equal)."""

CHECKLISTS_URL = f"{SITE_URL}checklists/"
"""The Checklists page, where each rule's item carries the rule's ID as its anchor."""

RULE_URL = CHECKLISTS_URL + "#{name}"
"""A rule's URL; repo-review puts the rule's ID in place of `{name}`."""
