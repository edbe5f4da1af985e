"""EvalRunOutputItemSampleInputItem."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["EvalRunOutputItemSampleInputItem"]


class EvalRunOutputItemSampleInputItem(OagenModel):
    """An input message."""

    role: str
    """The role of the message sender (e.g., system, user, developer)."""

    content: str
    """The content of the message."""
