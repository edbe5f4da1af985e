"""FileAnnotationSource."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["FileAnnotationSource"]


class FileAnnotationSource(OagenModel):
    """Attachment source referenced by an annotation."""

    type: Literal["file"]
    """Type discriminator that is always `file`.

    Server default: ``"file"``."""

    filename: str
    """Filename referenced by the annotation."""
