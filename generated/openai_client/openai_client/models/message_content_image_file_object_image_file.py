"""MessageContentImageFileObjectImageFile."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["MessageContentImageFileObjectImageFile", "MessageContentImageFileObjectImageFileParam"]


class MessageContentImageFileObjectImageFile(OagenModel):
    """MessageContentImageFileObjectImageFile"""

    file_id: str
    """The [File](/docs/api-reference/files) ID of the image in the message content. Set `purpose="vision"` when uploading the File if you need to later display the file content."""

    detail: Literal["auto", "low", "high"] | str | None = None
    """Specifies the detail level of the image if specified by the user. `low` uses fewer tokens, you can opt in to high resolution using `high`.

    Server default: ``"auto"``."""


class MessageContentImageFileObjectImageFileParam(TypedDict, total=False):
    """Request form of :class:`MessageContentImageFileObjectImageFile`: a dict a type checker can check."""

    file_id: Required[str]
    """The [File](/docs/api-reference/files) ID of the image in the message content. Set `purpose="vision"` when uploading the File if you need to later display the file content."""

    detail: Literal["auto", "low", "high"]
    """Specifies the detail level of the image if specified by the user. `low` uses fewer tokens, you can opt in to high resolution using `high`."""
