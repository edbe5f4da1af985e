"""ListFilesResponse."""

from __future__ import annotations

from .._models import OagenModel
from .open_ai_file import OpenAIFile

__all__ = ["ListFilesResponse"]


class ListFilesResponse(OagenModel):
    """ListFilesResponse"""

    object: str

    data: list[OpenAIFile]

    first_id: str

    last_id: str

    has_more: bool
