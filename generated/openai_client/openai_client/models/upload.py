"""Upload."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .open_ai_file import OpenAIFile

__all__ = ["Upload"]


class Upload(OagenModel):
    """The Upload object can accept byte chunks in the form of Parts."""

    id: str
    """The Upload unique identifier, which can be referenced in API endpoints."""

    created_at: int
    """The Unix timestamp (in seconds) for when the Upload was created."""

    filename: str
    """The name of the file to be uploaded."""

    bytes: int
    """The intended number of bytes to be uploaded."""

    purpose: str
    """The intended purpose of the file. [Please refer here](/docs/api-reference/files/object#files/object-purpose) for acceptable values."""

    status: Literal["pending", "completed", "cancelled", "expired"] | str
    """The status of the Upload."""

    expires_at: int
    """The Unix timestamp (in seconds) for when the Upload will expire."""

    object: Literal["upload"] | None = None
    """The object type, which is always "upload"."""

    file: OpenAIFile | None = None
