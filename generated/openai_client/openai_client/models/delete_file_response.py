"""DeleteFileResponse."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["DeleteFileResponse"]


class DeleteFileResponse(OagenModel):
    """DeleteFileResponse"""

    id: str

    object: Literal["file"]

    deleted: bool
