"""ListFilesResponse."""

from __future__ import annotations

from .._models import OagenModel
from .file_response import FileResponse

__all__ = ["ListFilesResponse"]


class ListFilesResponse(OagenModel):
    """ListFilesResponse"""

    object: str | None = None

    data: list[FileResponse] | None = None
