"""`PostgreSQL only` comments: which lines a project without PostgreSQL loses."""

from __future__ import annotations

import pytest

from template.finish_project import MarkerError, without_postgres


def test_a_line_ending_in_the_comment_goes_alone() -> None:
    """The line goes; its neighbours stay."""
    text = "import os\nimport psycopg  # PostgreSQL only\nimport sys\n"

    assert without_postgres(text) == "import os\nimport sys\n"


def test_a_line_alone_between_blank_lines_takes_one_along() -> None:
    """An import section of one marked line leaves one blank line, not two."""
    text = "import os\n\nimport psycopg  # PostgreSQL only\n\nfrom app import x\n"

    assert without_postgres(text) == "import os\n\nfrom app import x\n"


def test_a_block_ends_at_a_blank_line_before_its_own_depth() -> None:
    """Blank lines inside the body stay in; a blank then a sibling ends the block."""
    text = (
        "def keep():\n    pass\n\n"
        "# PostgreSQL only\ndef drop():\n    first()\n\n    second()\n\n"
        "def keep_too():\n    pass\n"
    )

    assert without_postgres(text) == (
        "def keep():\n    pass\n\ndef keep_too():\n    pass\n"
    )


def test_a_block_ends_where_its_bracket_closes() -> None:
    """The last items of a list: the block stops at the shallower closing line."""
    text = 'deps = [\n  "fastapi",\n  # PostgreSQL only\n  "psycopg",\n  "pool",\n]\n'

    assert without_postgres(text) == 'deps = [\n  "fastapi",\n]\n'


def test_a_block_inside_a_group_keeps_the_blank_line_after_it() -> None:
    """Lines that shared a group with the block keep the group's separation."""
    text = "a = 1\n# PostgreSQL only\nb = 2\n\nc = 3\n"

    assert without_postgres(text) == "a = 1\n\nc = 3\n"


def test_a_block_that_ends_the_file_takes_the_blank_line_before_it() -> None:
    """No trailing blank line is left behind."""
    text = "A=\n\n<!-- PostgreSQL only -->\nPostgreSQL needs this.\n"

    assert without_postgres(text) == "A=\n"


def test_a_comment_that_marks_nothing_names_its_line() -> None:
    """A marker before a blank line is an error, not a silent no-op."""
    with pytest.raises(MarkerError, match=r"^ci\.yml:2: `PostgreSQL only` marks no"):
        without_postgres("jobs:\n# PostgreSQL only\n\nsteps:\n", "ci.yml")
