"""MessageContentImageFileObject."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .message_content_image_file_object_image_file import MessageContentImageFileObjectImageFile

__all__ = ["MessageContentImageFileObject"]


class MessageContentImageFileObject(OagenModel):
    """References an image [File](/docs/api-reference/files) in the content of a message."""

    type: Literal["image_file"]
    """Always `image_file`."""

    image_file: MessageContentImageFileObjectImageFile
