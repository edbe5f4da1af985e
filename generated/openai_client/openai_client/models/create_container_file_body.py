"""CreateContainerFileBody."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["CreateContainerFileBody"]


class CreateContainerFileBody(OagenModel):
    """CreateContainerFileBody"""

    file_id: str | None = None
    """Name of the file to create."""

    file: bytes | None = None
    """The File object (not file name) to be uploaded."""
