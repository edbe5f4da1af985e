"""UserMessageItemContentItem."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .user_message_input_text import UserMessageInputText
from .user_message_quoted_text import UserMessageQuotedText

__all__ = ["UserMessageItemContentItem"]

UserMessageItemContentItem: TypeAlias = Annotated[
    Union[
        Annotated[UserMessageInputText, Tag("UserMessageInputText")],
        Annotated[UserMessageQuotedText, Tag("UserMessageQuotedText")],
        Annotated[UnknownVariant, Tag("UnknownVariant")],
    ],
    tagged("type", {"input_text": "UserMessageInputText", "quoted_text": "UserMessageQuotedText"}),
]
"""Content blocks that comprise a user message."""
