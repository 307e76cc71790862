"""`.env.example` lists exactly the variables the service and its tests read."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from pathlib import Path

from python_service.settings import load_settings

TEST_READERS = ["tests/conftest.py", "tests/integration"]
ASSIGNMENT = re.compile(r"^(?P<name>[A-Z][A-Z0-9_]*)=", re.MULTILINE)
SERVICE_ONLY_MARK = "# Tests and scripts/db/test-db.sh only"


class RecordingEnviron(Mapping[str, str]):
    """An empty environment that remembers every variable asked for."""

    def __init__(self) -> None:
        self.asked: list[str] = []

    def __getitem__(self, key: str) -> str:
        """Record the name; no variable is set."""
        self.asked.append(key)
        raise KeyError(key)

    def __iter__(self) -> Iterator[str]:
        """No names."""
        return iter(())

    def __len__(self) -> int:
        """No variables."""
        return 0


def example_sections(root: Path) -> tuple[list[str], list[str]]:
    """The variable names of `.env.example`: the service's, then the tests' only."""
    service, _, tests = (
        (root / ".env.example").read_text("utf-8").partition(SERVICE_ONLY_MARK)
    )
    names = ASSIGNMENT.findall
    return names(service), names(tests)


def test_service_variables_are_the_ones_settings_read(project_root: Path) -> None:
    """The variables `load_settings` reads are listed, and no others above the mark."""
    environ = RecordingEnviron()
    load_settings(environ)
    service, _ = example_sections(project_root)

    assert sorted(service) == sorted(set(environ.asked))


def test_test_variables_are_read_by_the_tests(project_root: Path) -> None:
    """Each variable listed for the tests is read by a test fixture."""
    _, tests = example_sections(project_root)
    readers = [project_root / reader for reader in TEST_READERS]
    sources = "\n".join(
        path.read_text("utf-8")
        for reader in readers
        for path in ([reader] if reader.is_file() else sorted(reader.glob("*.py")))
    )

    assert tests, "no variables below the tests-only mark"
    assert [name for name in tests if f'"{name}"' not in sources] == []
