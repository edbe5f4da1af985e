"""VoiceIdsOrCustomVoiceVariant2."""

from __future__ import annotations

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["VoiceIdsOrCustomVoiceVariant2", "VoiceIdsOrCustomVoiceVariant2Param"]


class VoiceIdsOrCustomVoiceVariant2(OagenModel):
    """Custom voice reference."""

    id: str
    """The custom voice ID, e.g. `voice_1234`."""


class VoiceIdsOrCustomVoiceVariant2Param(TypedDict, total=False):
    """Request form of :class:`VoiceIdsOrCustomVoiceVariant2`: a dict a type checker can check."""

    id: Required[str]
    """The custom voice ID, e.g. `voice_1234`."""
