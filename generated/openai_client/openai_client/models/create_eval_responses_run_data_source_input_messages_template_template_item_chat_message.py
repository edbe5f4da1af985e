"""CreateEvalResponsesRunDataSourceInputMessagesTemplateTemplateItemChatMessage."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["CreateEvalResponsesRunDataSourceInputMessagesTemplateTemplateItemChatMessage"]


class CreateEvalResponsesRunDataSourceInputMessagesTemplateTemplateItemChatMessage(OagenModel):
    """ChatMessage"""

    role: str
    """The role of the message (e.g. "system", "assistant", "user")."""

    content: str
    """The content of the message."""
