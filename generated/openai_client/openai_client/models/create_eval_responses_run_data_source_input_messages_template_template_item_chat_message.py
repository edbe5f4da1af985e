"""CreateEvalResponsesRunDataSourceInputMessagesTemplateTemplateItemChatMessage."""

from __future__ import annotations

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = [
    "CreateEvalResponsesRunDataSourceInputMessagesTemplateTemplateItemChatMessage",
    "CreateEvalResponsesRunDataSourceInputMessagesTemplateTemplateItemChatMessageParam",
]


class CreateEvalResponsesRunDataSourceInputMessagesTemplateTemplateItemChatMessage(OagenModel):
    """ChatMessage"""

    role: str
    """The role of the message (e.g. "system", "assistant", "user")."""

    content: str
    """The content of the message."""


class CreateEvalResponsesRunDataSourceInputMessagesTemplateTemplateItemChatMessageParam(
    TypedDict, total=False
):
    """Request form of :class:`CreateEvalResponsesRunDataSourceInputMessagesTemplateTemplateItemChatMessage`: a dict a type checker can check."""

    role: Required[str]
    """The role of the message (e.g. "system", "assistant", "user")."""

    content: Required[str]
    """The content of the message."""
