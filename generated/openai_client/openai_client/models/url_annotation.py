"""UrlAnnotation."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .url_annotation_source import UrlAnnotationSource

__all__ = ["UrlAnnotation"]


class UrlAnnotation(OagenModel):
    """Annotation that references a URL."""

    type: Literal["url"]
    """Type discriminator that is always `url` for this annotation.

    Server default: ``"url"``."""

    source: UrlAnnotationSource
    """URL referenced by the annotation."""
