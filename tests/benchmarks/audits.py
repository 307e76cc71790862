"""Lighthouse scores (performance, accessibility, best practices, SEO) of the site."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, override

from tests.support.chromium import CHROMIUM, CHROMIUM_FLAGS
from tests.support.paths import ROOT
from tests.support.site_build import build_site
from tests.support.static_site import QuietHandler, served

PAGES = ["/", "/troubleshooting/"]
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
TARGETS = {"performance": 95, "accessibility": 100, "best-practices": 100, "seo": 100}
CHROME_FLAGS = " ".join(["--headless=new", *CHROMIUM_FLAGS])


COMPRESSED = {".html", ".css", ".js", ".json", ".xml", ".svg", ".txt", ".inv"}


class StaticHostHandler(QuietHandler):
    """Serve files as a static host does: gzip for text, long cache for hashed assets.

    Plain `http.server` sends neither, so Lighthouse would score the test server,
    not the site; GitHub Pages, Netlify or nginx with defaults do both.
    """

    @override
    def do_GET(self) -> None:
        """Send text files gzipped when the client accepts it; the rest as usual."""
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        gzip_ok = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (gzip_ok and path.is_file() and path.suffix in COMPRESSED):
            super().do_GET()
            return
        body = gzip.compress(path.read_bytes())
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    @override
    def end_headers(self) -> None:
        """Mark the theme's fingerprinted assets as cacheable for a year."""
        if self.path.startswith("/assets/"):
            self.send_header("Cache-Control", "public, max-age=31536000, immutable")
        super().end_headers()


@contextmanager
def served_site() -> Iterator[str]:
    """Build the site strictly into a temporary folder; serve it on 127.0.0.1."""
    with tempfile.TemporaryDirectory(prefix="site-") as target:
        build_site(Path(target)).checked()
        with served(Path(target), StaticHostHandler) as base_url:
            yield base_url


def lighthouse(url: str) -> dict[str, Any]:
    """Run the npm `lighthouse` CLI (mobile form factor) on a URL; return the report."""
    with tempfile.TemporaryDirectory(prefix="lighthouse-") as scratch:
        report = Path(scratch) / "report.json"
        subprocess.run(
            [
                "npx",
                "--no-install",
                "lighthouse",
                url,
                f"--chrome-flags={CHROME_FLAGS}",
                "--output=json",
                f"--output-path={report}",
                f"--only-categories={','.join(CATEGORIES)}",
                "--quiet",
            ],
            cwd=ROOT,
            env={
                **os.environ,
                "CHROME_PATH": os.environ.get("CHROME_PATH", CHROMIUM),
            },
            check=True,
        )
        result: dict[str, Any] = json.loads(report.read_text(encoding="utf-8"))
        return result


def shortfalls(report: dict[str, Any], category: str) -> list[str]:
    """The audits of a category that did not pass, as `id: title` lines."""
    audits = report["audits"]
    return [
        f"{ref['id']}: {audits[ref['id']]['title']}"
        for ref in report["categories"][category]["auditRefs"]
        if ref["weight"] > 0 and (audits[ref["id"]]["score"] or 0) < 1
    ]


def main() -> None:
    """Print the four scores of the home page and a deep page beside the targets."""
    with served_site() as base_url:
        for path in PAGES:
            report = lighthouse(base_url + path)
            for category in CATEGORIES:
                score = round(100 * (report["categories"][category]["score"] or 0))
                target = TARGETS[category]
                verdict = "ok" if score >= target else "BELOW TARGET"
                print(
                    f"audits: {path:<20} {category:<15} {score:>3}/{target} {verdict}"
                )
                if category != "performance":
                    for line in shortfalls(report, category):
                        print(f"audits:     not passed: {line}")
