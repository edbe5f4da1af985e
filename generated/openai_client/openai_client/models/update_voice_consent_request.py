"""UpdateVoiceConsentRequest."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["UpdateVoiceConsentRequest"]


class UpdateVoiceConsentRequest(OagenModel):
    """UpdateVoiceConsentRequest"""

    name: str
    """The updated label for this consent recording."""
