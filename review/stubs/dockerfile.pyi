"""Types of the `dockerfile` package (Docker's Go parser; the package ships none)."""

from typing import NamedTuple

class GoIOError(OSError): ...
class GoParseError(ValueError): ...

class Command(NamedTuple):
    """One instruction of a Dockerfile."""

    cmd: str
    sub_cmd: str | None
    json: bool
    original: str
    start_line: int
    end_line: int
    flags: tuple[str, ...]
    value: tuple[str, ...]
    heredocs: tuple[object, ...]

def parse_file(filename: str) -> tuple[Command, ...]: ...
def parse_string(s: str) -> tuple[Command, ...]: ...
