"""EvalRunOutputItemSampleOutputItem."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["EvalRunOutputItemSampleOutputItem"]


class EvalRunOutputItemSampleOutputItem(OagenModel):
    """EvalRunOutputItemSampleOutputItem"""

    role: str | None = None
    """The role of the message (e.g. "system", "assistant", "user")."""

    content: str | None = None
    """The content of the message."""
