"""CreateTranslationResponseJson."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["CreateTranslationResponseJson"]


class CreateTranslationResponseJson(OagenModel):
    """CreateTranslationResponseJson"""

    text: str
