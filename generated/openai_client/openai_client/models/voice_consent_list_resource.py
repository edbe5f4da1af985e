"""VoiceConsentListResource."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .voice_consent_resource import VoiceConsentResource

__all__ = ["VoiceConsentListResource"]


class VoiceConsentListResource(OagenModel):
    """VoiceConsentListResource"""

    object: Literal["list"]

    data: list[VoiceConsentResource]

    first_id: str | None = None

    last_id: str | None = None

    has_more: bool
