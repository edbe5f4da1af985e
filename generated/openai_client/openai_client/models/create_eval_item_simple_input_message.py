"""CreateEvalItemSimpleInputMessage."""

from __future__ import annotations

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["CreateEvalItemSimpleInputMessage", "CreateEvalItemSimpleInputMessageParam"]


class CreateEvalItemSimpleInputMessage(OagenModel):
    """SimpleInputMessage"""

    role: str
    """The role of the message (e.g. "system", "assistant", "user")."""

    content: str
    """The content of the message."""


class CreateEvalItemSimpleInputMessageParam(TypedDict, total=False):
    """Request form of :class:`CreateEvalItemSimpleInputMessage`: a dict a type checker can check."""

    role: Required[str]
    """The role of the message (e.g. "system", "assistant", "user")."""

    content: Required[str]
    """The content of the message."""
