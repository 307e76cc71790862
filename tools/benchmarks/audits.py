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
from tests.support.site_build import ENGINES, Engine, SiteBuild, build_site
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
def served_site(engine: Engine) -> Iterator[tuple[str, SiteBuild]]:
    """Build the site strictly with `engine` into a temporary folder; serve it."""
    with tempfile.TemporaryDirectory(prefix="site-") as target:
        build = build_site(Path(target) / "site", engine)
        build.checked()
        with served(build.site_dir, StaticHostHandler) as base_url:
            yield base_url, build


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
    """Each engine's build time, then the four scores of two pages side by side.

    The targets bind the published build (MkDocs); Zensical's scores stand beside
    them until the switch (docs/adr/0001-material-for-mkdocs.md).
    """
    scores: dict[tuple[Engine, str, str], int] = {}
    missed: list[str] = []
    for engine in ENGINES:
        with served_site(engine) as (base_url, build):
            print(f"audits: {build.summary()}", flush=True)
            for path in PAGES:
                report = lighthouse(base_url + path)
                for category in CATEGORIES:
                    score = report["categories"][category]["score"] or 0
                    scores[engine, path, category] = round(100 * score)
                    if category != "performance":
                        missed += [
                            f"audits: {engine} {path} not passed: {line}"
                            for line in shortfalls(report, category)
                        ]
    print(
        f"audits: {'page':<20} {'category':<15} {'target':>6} "
        + " ".join(f"{engine:>9}" for engine in ENGINES)
    )
    for path in PAGES:
        for category in CATEGORIES:
            target = TARGETS[category]
            cells = []
            for engine in ENGINES:
                score = scores[engine, path, category]
                cells.append(f"{score:>6}{'' if score >= target else ' !!':<3}")
            print(f"audits: {path:<20} {category:<15} {target:>6} " + " ".join(cells))
    print("audits: !! = below target")
    for line in missed:
        print(line)
