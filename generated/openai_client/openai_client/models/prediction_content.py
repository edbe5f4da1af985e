"""PredictionContent."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .chat_completion_request_message_content_part_text import (
    ChatCompletionRequestMessageContentPartText,
    ChatCompletionRequestMessageContentPartTextParam,
)

__all__ = ["PredictionContent", "PredictionContentParam"]


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


class PredictionContentParam(TypedDict, total=False):
    """Request form of :class:`PredictionContent`: a dict a type checker can check."""

    type: Required[Literal["content"]]
    """The type of the predicted content you want to provide. This type is
    currently always `content`."""

    content: Required[
        str
        | Sequence[
            ChatCompletionRequestMessageContentPartTextParam
            | ChatCompletionRequestMessageContentPartText
        ]
    ]
    """The content that should be matched when generating a model response.
    If generated tokens would match this content, the entire model response
    can be returned much more quickly."""
