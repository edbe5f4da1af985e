"""UrlAnnotationSource."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["UrlAnnotationSource"]


class UrlAnnotationSource(OagenModel):
    """URL backing an annotation entry."""

    type: Literal["url"]
    """Type discriminator that is always `url`.

    Server default: ``"url"``."""

    url: str
    """URL referenced by the annotation."""
