"""Browser test fixtures: the site built by each engine, served, seen in Chromium.

The browser, context and page are pytest-playwright's (its `--screenshot`, `--tracing`
and `--headed` options work here), launched on Debian's Chromium.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import (
    BrowserContext,
    ConsoleMessage,
    Page,
    Request,
    Response,
    Route,
)

from tests.support.chromium import CHROMIUM, CHROMIUM_FLAGS, SCREENSHOTS, VIEWPORT
from tests.support.paths import DOCS
from tests.support.site_build import ENGINES, Engine, build_site
from tests.support.static_site import LOOPBACK, served


def page_paths() -> list[str]:
    """Return the URL path of every page mkdocs builds from docs/ (directory URLs)."""
    paths = []
    for source in sorted(DOCS.rglob("*.md")):
        parts = list(source.relative_to(DOCS).with_suffix("").parts)
        if parts[-1] in {"index", "README"}:
            parts.pop()
        paths.append("/" + "".join(f"{part}/" for part in parts))
    return paths


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Parametrise every test that asks for `page_path` over all pages of the site."""
    if "page_path" in metafunc.fixturenames:
        metafunc.parametrize("page_path", page_paths())


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """Name the screenshot folder in the CI log when screenshots were taken."""
    if SCREENSHOTS.is_dir() and any(SCREENSHOTS.glob("*.png")):
        terminalreporter.write_line(f"e2e: screenshots saved in {SCREENSHOTS}")


@pytest.fixture(name="engine", scope="session", params=ENGINES)
def fixture_engine(request: pytest.FixtureRequest) -> Engine:
    """The engine that built the site under test: every browser test runs on both."""
    engine: Engine = request.param
    return engine


@pytest.fixture(name="site_dir", scope="session")
def fixture_site_dir(engine: Engine, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build the site strictly and offline with `engine` into a temporary folder."""
    return build_site(tmp_path_factory.mktemp(f"site-{engine}"), engine).checked()


@pytest.fixture(name="base_url", scope="session")
def fixture_base_url(site_dir: Path) -> Iterator[str]:
    """Serve the built site over HTTP on 127.0.0.1 at a free port."""
    with served(site_dir) as base_url:
        yield base_url


@pytest.fixture(name="browser_type_launch_args", scope="session")
def fixture_browser_type_launch_args(
    browser_type_launch_args: dict[str, Any],
) -> dict[str, Any]:
    """pytest-playwright's launch options, on Debian's Chromium (never a download)."""
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": CHROMIUM_FLAGS,
    }


@pytest.fixture(name="browser_context_args", scope="session")
def fixture_browser_context_args(
    browser_context_args: dict[str, Any],
) -> dict[str, Any]:
    """pytest-playwright's context options (the base URL), in the desktop window."""
    return {**browser_context_args, "viewport": VIEWPORT}


@dataclass
class Traffic:
    """What one browser context tried to do on the network and said on the console."""

    foreign: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)

    def problems(self) -> list[str]:
        """Every recorded problem, one line each."""
        return (
            [f"request to another host (blocked): {url}" for url in self.foreign]
            + [f"failed request: {line}" for line in self.failed]
            + [f"console error: {text}" for text in self.console_errors]
        )


@pytest.fixture(name="traffic")
def fixture_traffic() -> Traffic:
    """An empty record of the network and console events of one test."""
    return Traffic()


@pytest.fixture(name="all_page_paths", scope="session")
def fixture_all_page_paths() -> list[str]:
    """The URL path of every page, as the parametrised tests see them."""
    return page_paths()


@pytest.fixture(name="page_problems")
def fixture_page_problems(traffic: Traffic) -> Callable[[], list[str]]:
    """A function listing the test's console errors and failed or foreign requests."""
    return traffic.problems


@pytest.fixture(name="context")
def fixture_context(
    context: BrowserContext, base_url: str, traffic: Traffic
) -> BrowserContext:
    """pytest-playwright's fresh profile, with clipboard rights; only loopback loads."""
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=base_url)

    def guard(route: Route) -> None:
        """Let loopback requests through; record and abort everything else."""
        if urlsplit(route.request.url).hostname == LOOPBACK:
            route.continue_()
        else:
            traffic.foreign.append(route.request.url)
            route.abort()

    def on_response(response: Response) -> None:
        """Record HTTP errors."""
        if response.status >= 400:
            traffic.failed.append(f"{response.status} {response.url}")

    def on_failed(request: Request) -> None:
        """Record requests that got no response (blocked ones are already recorded)."""
        if urlsplit(request.url).hostname == LOOPBACK:
            traffic.failed.append(f"{request.failure} {request.url}")

    context.route("**/*", guard)
    context.on("response", on_response)
    context.on("requestfailed", on_failed)
    return context


@pytest.fixture(name="page")
def fixture_page(page: Page, traffic: Traffic) -> Page:
    """pytest-playwright's tab in the test's context, its console errors recorded."""

    def on_console(message: ConsoleMessage) -> None:
        """Record console errors."""
        if message.type == "error":
            traffic.console_errors.append(f"{message.text} ({message.location})")

    page.on("console", on_console)
    page.on("pageerror", lambda error: traffic.console_errors.append(str(error)))
    return page
