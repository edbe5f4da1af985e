"""MessageContentImageFileObject."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .message_content_image_file_object_image_file import (
    MessageContentImageFileObjectImageFile,
    MessageContentImageFileObjectImageFileParam,
)

__all__ = ["MessageContentImageFileObject", "MessageContentImageFileObjectParam"]


class MessageContentImageFileObject(OagenModel):
    """References an image [File](/docs/api-reference/files) in the content of a message."""

    type: Literal["image_file"]
    """Always `image_file`."""

    image_file: MessageContentImageFileObjectImageFile


class MessageContentImageFileObjectParam(TypedDict, total=False):
    """Request form of :class:`MessageContentImageFileObject`: a dict a type checker can check."""

    type: Required[Literal["image_file"]]
    """Always `image_file`."""

    image_file: Required[
        MessageContentImageFileObjectImageFileParam | MessageContentImageFileObjectImageFile
    ]
