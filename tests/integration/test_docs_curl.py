"""The curl examples on the Database page, run against a real server."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from tests.support.markdown import read_page
from tests.support.paths import DOCS

PAGE = DOCS / "database.md"
DOCUMENTED_URL = "http://127.0.0.1:8080"


def curl_block() -> str:
    """The one bash block of docs/database.md that calls curl."""
    [block] = [block for block in read_page(PAGE) if "curl " in block.source]
    return block.source


@pytest.mark.skipif(shutil.which("curl") is None, reason="curl is not installed")
def test_documented_curl_calls_work(live_url: str) -> None:
    """POST then GET print the same user, and the health check prints 200."""
    script = curl_block().replace(DOCUMENTED_URL, live_url)

    result = subprocess.run(
        ["bash", "-euo", "pipefail", "-c", script],
        capture_output=True,
        text=True,
        timeout=30,
        check=True,
    )

    posted, got = (json.loads(line) for line in result.stdout.splitlines()[:2])
    assert posted == got
    assert (posted["id"], posted["email"], posted["name"]) == (
        1,
        "demo@example.com",
        "Demo",
    )
    assert result.stdout.splitlines()[2:] == ["200"]
