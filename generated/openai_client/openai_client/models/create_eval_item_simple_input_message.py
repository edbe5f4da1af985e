"""CreateEvalItemSimpleInputMessage."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["CreateEvalItemSimpleInputMessage"]


class CreateEvalItemSimpleInputMessage(OagenModel):
    """SimpleInputMessage"""

    role: str
    """The role of the message (e.g. "system", "assistant", "user")."""

    content: str
    """The content of the message."""
