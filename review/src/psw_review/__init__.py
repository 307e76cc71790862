"""The Python Service Workflow playbook's checklists as repo-review rules (PSW###)."""

from __future__ import annotations

from psw_review.report import failed_rules, skipped_rules
from psw_review.site import CHECKLISTS_URL, SITE_URL

__all__ = ["CHECKLISTS_URL", "SITE_URL", "failed_rules", "skipped_rules"]
