"""FunctionShellCallOutputContent."""

from __future__ import annotations

from .._models import OagenModel
from .function_shell_call_output_content_outcome import FunctionShellCallOutputContentOutcome

__all__ = ["FunctionShellCallOutputContent"]


class FunctionShellCallOutputContent(OagenModel):
    """The content of a shell tool call output that was emitted."""

    stdout: str
    """The standard output that was captured."""

    stderr: str
    """The standard error output that was captured."""

    outcome: FunctionShellCallOutputContentOutcome
    """Represents either an exit outcome (with an exit code) or a timeout outcome for a shell call output chunk."""

    created_by: str | None = None
    """The identifier of the actor that created the item."""
