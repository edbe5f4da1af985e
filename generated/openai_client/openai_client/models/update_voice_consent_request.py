"""UpdateVoiceConsentRequest."""

from __future__ import annotations

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["UpdateVoiceConsentRequest", "UpdateVoiceConsentRequestParam"]


class UpdateVoiceConsentRequest(OagenModel):
    """UpdateVoiceConsentRequest"""

    name: str
    """The updated label for this consent recording."""


class UpdateVoiceConsentRequestParam(TypedDict, total=False):
    """Request form of :class:`UpdateVoiceConsentRequest`: a dict a type checker can check."""

    name: Required[str]
    """The updated label for this consent recording."""
