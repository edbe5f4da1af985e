"""FileAnnotation."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .file_annotation_source import FileAnnotationSource

__all__ = ["FileAnnotation"]


class FileAnnotation(OagenModel):
    """Annotation that references an uploaded file."""

    type: Literal["file"]
    """Type discriminator that is always `file` for this annotation.

    Server default: ``"file"``."""

    source: FileAnnotationSource
    """File attachment referenced by the annotation."""
