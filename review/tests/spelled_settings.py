"""Each tool's Phase 1 settings, as written in every file and form the tool reads."""

from __future__ import annotations

from tests.spellings import Spelling

RUFF_LINT = """
select = ["E", "F", "I", "N", "W", "UP"]
ignore = ["E111", "E114", "E117", "W191"]
"""
EXTEND = """
extend-select = ["E", "I", "N", "W", "UP"]
ignore = ["E501"]
"""
MYPY_FLAGS = """
disallow_any_generics = true
disallow_subclassing_any = true
disallow_untyped_calls = true
disallow_untyped_defs = true
disallow_incomplete_defs = true
check_untyped_defs = true
disallow_untyped_decorators = true
warn_redundant_casts = true
warn_unused_ignores = true
warn_return_any = true
implicit_reexport = false
strict_equality = true
extra_checks = true
"""
PYTEST_INI = """
addopts = --import-mode=importlib --strict-markers -ra
pythonpath = .
testpaths = tests
xfail_strict = true
filterwarnings =
    error
"""
PYPROJECT_INI_OPTIONS = """
addopts = "--import-mode=importlib --strict-markers -ra"
xfail_strict = "true"
filterwarnings = ["error"]
"""
PYTEST_9_TOML = """
strict = true
addopts = ["--import-mode=importlib", "-ra"]
pythonpath = ["."]
testpaths = ["tests"]
filterwarnings = ["error"]
"""

PASSING = [
    Spelling(
        "ruff: ruff.toml", "ruff", {"ruff.toml": "[lint]" + RUFF_LINT}, "ruff.toml"
    ),
    Spelling(
        "ruff: .ruff.toml", "ruff", {".ruff.toml": "[lint]" + RUFF_LINT}, ".ruff.toml"
    ),
    Spelling(
        "ruff: [tool.ruff.lint]",
        "ruff",
        {"pyproject.toml": "[tool.ruff.lint]" + RUFF_LINT},
        "pyproject.toml",
    ),
    Spelling(
        "ruff: extend-select beside select = E4, E7, E9, F, in [tool.ruff.lint]",
        "ruff",
        {
            "pyproject.toml": '[tool.ruff.lint]\nselect = ["E4", "E7", "E9", "F"]'
            + EXTEND
        },
        "pyproject.toml",
    ),
    Spelling(
        "ruff: extend-select over the E4, E7, E9, F of a file ruff.toml extends",
        "ruff",
        {
            "base.toml": 'lint.select = ["E4", "E7", "E9", "F"]\n',
            "ruff.toml": 'extend = "base.toml"\n[lint]' + EXTEND,
        },
        "ruff.toml",
    ),
    Spelling(
        "ruff: extend-select over ruff's default rules, which select F, in "
        "[tool.ruff.lint]",
        "ruff",
        {"pyproject.toml": "[tool.ruff.lint]" + EXTEND},
        "pyproject.toml",
    ),
    Spelling(
        "ruff: extend-select over ruff's default rules, F401 ignored by its code",
        "ruff",
        {"ruff.toml": "[lint]" + EXTEND + 'extend-ignore = ["F401"]\n'},
        "ruff.toml",
    ),
    Spelling(
        "ruff: ALL, in ruff.toml",
        "ruff",
        {"ruff.toml": 'lint.select = ["ALL"]\n'},
        "ruff.toml",
    ),
    Spelling(
        "mypy: mypy.ini", "mypy", {"mypy.ini": "[mypy]\nstrict = True\n"}, "mypy.ini"
    ),
    Spelling(
        "mypy: .mypy.ini", "mypy", {".mypy.ini": "[mypy]\nstrict = True\n"}, ".mypy.ini"
    ),
    Spelling(
        "mypy: setup.cfg", "mypy", {"setup.cfg": "[mypy]\nstrict = true\n"}, "setup.cfg"
    ),
    Spelling(
        "mypy: [tool.mypy]",
        "mypy",
        {"pyproject.toml": "[tool.mypy]\nstrict = true\n"},
        "pyproject.toml",
    ),
    Spelling(
        "mypy: strict's flags one by one, in mypy.ini",
        "mypy",
        {"mypy.ini": "[mypy]" + MYPY_FLAGS},
        "mypy.ini",
    ),
    Spelling(
        "mypy: strict's flags one by one, in [tool.mypy]",
        "mypy",
        {"pyproject.toml": "[tool.mypy]" + MYPY_FLAGS},
        "pyproject.toml",
    ),
    Spelling(
        "pyright: strict in pyrightconfig.json, no mypy",
        "mypy",
        {
            "pyrightconfig.json": (
                "{\n  // pyright reads comments and trailing commas\n"
                '  "typeCheckingMode": "strict",\n}\n'
            )
        },
        "pyrightconfig.json",
        read_by="pyright",
    ),
    Spelling(
        "pyright: strict in [tool.pyright], no mypy",
        "mypy",
        {"pyproject.toml": '[tool.pyright]\ntypeCheckingMode = "strict"\n'},
        "pyproject.toml",
        read_by="pyright",
    ),
    Spelling(
        "pytest: pytest.ini",
        "pytest",
        {"pytest.ini": "[pytest]" + PYTEST_INI},
        "pytest.ini",
    ),
    Spelling(
        "pytest: .pytest.ini",
        "pytest",
        {".pytest.ini": "[pytest]" + PYTEST_INI},
        ".pytest.ini",
    ),
    Spelling(
        "pytest: tox.ini", "pytest", {"tox.ini": "[pytest]" + PYTEST_INI}, "tox.ini"
    ),
    Spelling(
        "pytest: setup.cfg",
        "pytest",
        {"setup.cfg": "[tool:pytest]" + PYTEST_INI},
        "setup.cfg",
    ),
    Spelling(
        "pytest: [tool.pytest.ini_options]",
        "pytest",
        {"pyproject.toml": "[tool.pytest.ini_options]" + PYPROJECT_INI_OPTIONS},
        "pyproject.toml",
    ),
    Spelling(
        "pytest: pytest 9's [tool.pytest] with strict = true",
        "pytest",
        {"pyproject.toml": "[tool.pytest]" + PYTEST_9_TOML},
        "pyproject.toml",
    ),
    Spelling(
        "pytest: pytest 9's pytest.toml with strict = true",
        "pytest",
        {"pytest.toml": "[pytest]" + PYTEST_9_TOML},
        "pytest.toml",
    ),
    Spelling(
        "pytest: pytest 9's strict_markers and strict_xfail, in pytest.ini",
        "pytest",
        {
            "pytest.ini": "[pytest]\naddopts = --import-mode=importlib\n"
            "strict_markers = true\nstrict_xfail = true\nfilterwarnings = error\n"
        },
        "pytest.ini",
    ),
    Spelling(
        "coverage: .coveragerc",
        "coverage",
        {".coveragerc": "[report]\nfail_under = 90\n"},
        ".coveragerc",
    ),
    Spelling(
        "coverage: setup.cfg",
        "coverage",
        {"setup.cfg": "[coverage:report]\nfail_under = 90\n"},
        "setup.cfg",
    ),
    Spelling(
        "coverage: tox.ini",
        "coverage",
        {"tox.ini": "[coverage:report]\nfail_under = 95\n"},
        "tox.ini",
    ),
    Spelling(
        "coverage: [tool.coverage.report]",
        "coverage",
        {"pyproject.toml": "[tool.coverage.report]\nfail_under = 90\n"},
        "pyproject.toml",
    ),
]
"""Spellings of the passing settings: each passes every rule, like the reference."""

WINNING = [
    (
        Spelling(
            "ruff: ruff.toml wins over [tool.ruff.lint]",
            "ruff",
            {"ruff.toml": '[lint]\nselect = ["E", "F"]\n'},
            "ruff.toml",
            keep_pyproject=True,
        ),
        "PSW203",
        "`ruff.toml` lacks `I`, `N`, `W`, `UP`",
    ),
    (
        Spelling(
            "mypy: mypy.ini wins over [tool.mypy]",
            "mypy",
            {"mypy.ini": "[mypy]\nwarn_unused_ignores = True\n"},
            "mypy.ini",
            keep_pyproject=True,
        ),
        "PSW204",
        "`mypy.ini` leaves mypy's strict flags `disallow_any_generics = true`",
    ),
    (
        Spelling(
            "pyright: pyrightconfig.json wins over [tool.pyright]",
            "mypy",
            {
                "pyrightconfig.json": '{"typeCheckingMode": "basic"}\n',
                "pyproject.toml": '[tool.pyright]\ntypeCheckingMode = "strict"\n',
            },
            "pyrightconfig.json",
            read_by="pyright",
        ),
        "PSW204",
        '`pyrightconfig.json` sets pyright\'s `typeCheckingMode` to "basic"',
    ),
    (
        Spelling(
            "pytest: pytest.ini wins over [tool.pytest.ini_options]",
            "pytest",
            {"pytest.ini": "[pytest]\naddopts = --import-mode=importlib -ra\n"},
            "pytest.ini",
            keep_pyproject=True,
        ),
        "PSW202",
        "to `[pytest]` in `pytest.ini`",
    ),
    (
        Spelling(
            "coverage: .coveragerc wins over [tool.coverage.report]",
            "coverage",
            {".coveragerc": "[report]\nfail_under = 80\n"},
            ".coveragerc",
            keep_pyproject=True,
        ),
        "PSW205",
        "`fail_under = 80` is under the playbook's 90, in `[report]` in `.coveragerc`",
    ),
]
"""A file that wins over the complete `pyproject.toml` table, but lacks a setting:
the rule fails, and its message names that file."""

LACKING = [
    (
        Spelling(
            "ruff: select without F replaces the default rules",
            "ruff",
            {"ruff.toml": '[lint]\nselect = ["E", "I", "N", "W", "UP"]\n'},
            "ruff.toml",
        ),
        "PSW203",
        "`ruff.toml` lacks `F` (F401, F402, F404, F406, F407, … not enabled)",
    ),
    (
        Spelling(
            "ruff: extend-select over ruff's default rules, F4 ignored as a prefix",
            "ruff",
            {
                "pyproject.toml": "[tool.ruff.lint]"
                + EXTEND.replace('["E501"]', '["E501", "F4"]')
            },
            "pyproject.toml",
        ),
        "PSW203",
        "`pyproject.toml` lacks `F` (F401, F402, F404, F406, F407 not enabled)",
    ),
    (
        Spelling(
            "ruff: select = ALL, F4 ignored as a prefix",
            "ruff",
            {"ruff.toml": '[lint]\nselect = ["ALL"]\nignore = ["F4"]\n'},
            "ruff.toml",
        ),
        "PSW203",
        "`ruff.toml` lacks `F` (F401, F402, F404, F406, F407 not enabled)",
    ),
]
"""Spellings the tool reads that leave out rules of a family: the rule fails, and its
message names the file and the rules missing."""
