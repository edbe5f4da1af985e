"""One type for every problem any stage reports, one printer, and the exit codes."""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass


class ExitCode(enum.IntEnum):
    OK = 0
    DRIFT = 1  # `oagen check` found differences; `oagen diff --fail-on-breaking` found breaking changes
    BAD_SPEC = 2  # the spec (or the command line) is unusable
    BAD_CONFIG = 3  # pyproject [tool.oagen] is wrong
    OUTPUT = 4  # the output directory cannot be written safely


class Severity(enum.Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """A problem found by a stage. ``pointer`` is a JSON pointer into ``file`` ("" is the root)."""

    severity: Severity
    code: str
    message: str
    pointer: str | None = None
    file: str | None = None
    line: int | None = None
    column: int | None = None

    def format(self) -> str:
        """Compiler style: ``file:line:col: severity[code]: message (at #/json/pointer)``."""
        where = self.file or ""
        if self.line is not None:
            where += f":{self.line}:{self.column or 1}"
        head = f"{where}: " if where else ""
        tail = f" (at #{self.pointer})" if self.pointer is not None else ""
        return f"{head}{self.severity.value}[{self.code}]: {self.message}{tail}"


class OagenError(Exception):
    """An expected failure: printed as diagnostics, never as a traceback."""

    exit_code: ExitCode = ExitCode.BAD_SPEC

    code = "error"

    def __init__(self, diagnostics: Iterable[Diagnostic] | str, exit_code: ExitCode | None = None):
        if isinstance(diagnostics, str):
            diagnostics = [Diagnostic(Severity.ERROR, self.code, diagnostics)]
        self.diagnostics: list[Diagnostic] = list(diagnostics)
        if exit_code is not None:
            self.exit_code = exit_code
        super().__init__("\n".join(d.format() for d in self.diagnostics))


class SpecError(OagenError):
    exit_code = ExitCode.BAD_SPEC
    code = "spec"


class ConfigError(OagenError):
    exit_code = ExitCode.BAD_CONFIG
    code = "config"


class OutputError(OagenError):
    exit_code = ExitCode.OUTPUT
    code = "output"


def format_all(diagnostics: Iterable[Diagnostic]) -> str:
    return "\n".join(d.format() for d in diagnostics)
