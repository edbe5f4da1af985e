"""ChatCompletionRequestMessageContentPartFileFile."""

from __future__ import annotations

from typing_extensions import TypedDict

from .._models import OagenModel

__all__ = [
    "ChatCompletionRequestMessageContentPartFileFile",
    "ChatCompletionRequestMessageContentPartFileFileParam",
]


class ChatCompletionRequestMessageContentPartFileFile(OagenModel):
    """ChatCompletionRequestMessageContentPartFileFile"""

    filename: str | None = None
    """The name of the file, used when passing the file to the model as a
    string."""

    file_data: str | None = None
    """The base64 encoded file data, used when passing the file to the model
    as a string."""

    file_id: str | None = None
    """The ID of an uploaded file to use as input."""


class ChatCompletionRequestMessageContentPartFileFileParam(TypedDict, total=False):
    """Request form of :class:`ChatCompletionRequestMessageContentPartFileFile`: a dict a type checker can check."""

    filename: str
    """The name of the file, used when passing the file to the model as a
    string."""

    file_data: str
    """The base64 encoded file data, used when passing the file to the model
    as a string."""

    file_id: str
    """The ID of an uploaded file to use as input."""
