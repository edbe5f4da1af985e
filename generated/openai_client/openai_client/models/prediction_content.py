"""PredictionContent."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .chat_completion_request_message_content_part_text import (
    ChatCompletionRequestMessageContentPartText,
)

__all__ = ["PredictionContent"]


class PredictionContent(OagenModel):
    """Static predicted output content, such as the content of a text file that is
    being regenerated."""

    type: Literal["content"]
    """The type of the predicted content you want to provide. This type is
    currently always `content`."""

    content: list[ChatCompletionRequestMessageContentPartText] | str
    """The content that should be matched when generating a model response.
    If generated tokens would match this content, the entire model response
    can be returned much more quickly."""
