"""MessageDeltaContentImageFileObjectImageFile."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["MessageDeltaContentImageFileObjectImageFile"]


class MessageDeltaContentImageFileObjectImageFile(OagenModel):
    """MessageDeltaContentImageFileObjectImageFile"""

    file_id: str | None = None
    """The [File](/docs/api-reference/files) ID of the image in the message content. Set `purpose="vision"` when uploading the File if you need to later display the file content."""

    detail: Literal["auto", "low", "high"] | str | None = None
    """Specifies the detail level of the image if specified by the user. `low` uses fewer tokens, you can opt in to high resolution using `high`.

    Server default: ``"auto"``."""
