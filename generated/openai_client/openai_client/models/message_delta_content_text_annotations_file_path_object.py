"""MessageDeltaContentTextAnnotationsFilePathObject."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .message_delta_content_text_annotations_file_path_object_file_path import (
    MessageDeltaContentTextAnnotationsFilePathObjectFilePath,
)

__all__ = ["MessageDeltaContentTextAnnotationsFilePathObject"]


class MessageDeltaContentTextAnnotationsFilePathObject(OagenModel):
    """A URL for the file that's generated when the assistant used the `code_interpreter` tool to generate a file."""

    index: int
    """The index of the annotation in the text content part."""

    type: Literal["file_path"]
    """Always `file_path`."""

    text: str | None = None
    """The text in the message content that needs to be replaced."""

    file_path: MessageDeltaContentTextAnnotationsFilePathObjectFilePath | None = None

    start_index: int | None = None

    end_index: int | None = None
