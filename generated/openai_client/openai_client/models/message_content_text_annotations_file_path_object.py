"""MessageContentTextAnnotationsFilePathObject."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .message_content_text_annotations_file_path_object_file_path import (
    MessageContentTextAnnotationsFilePathObjectFilePath,
)

__all__ = ["MessageContentTextAnnotationsFilePathObject"]


class MessageContentTextAnnotationsFilePathObject(OagenModel):
    """A URL for the file that's generated when the assistant used the `code_interpreter` tool to generate a file."""

    type: Literal["file_path"]
    """Always `file_path`."""

    text: str
    """The text in the message content that needs to be replaced."""

    file_path: MessageContentTextAnnotationsFilePathObjectFilePath

    start_index: int

    end_index: int
