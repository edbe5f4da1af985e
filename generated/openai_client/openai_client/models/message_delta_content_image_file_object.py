"""MessageDeltaContentImageFileObject."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .message_delta_content_image_file_object_image_file import (
    MessageDeltaContentImageFileObjectImageFile,
)

__all__ = ["MessageDeltaContentImageFileObject"]


class MessageDeltaContentImageFileObject(OagenModel):
    """References an image [File](/docs/api-reference/files) in the content of a message."""

    index: int
    """The index of the content part in the message."""

    type: Literal["image_file"]
    """Always `image_file`."""

    image_file: MessageDeltaContentImageFileObjectImageFile | None = None
