"""VoiceIdsOrCustomVoice."""

from __future__ import annotations

from typing import TypeAlias

from .voice_ids_or_custom_voice_variant2 import (
    VoiceIdsOrCustomVoiceVariant2,
    VoiceIdsOrCustomVoiceVariant2Param,
)
from .voice_ids_shared import VoiceIdsShared

__all__ = ["VoiceIdsOrCustomVoice", "VoiceIdsOrCustomVoiceParam"]

VoiceIdsOrCustomVoice: TypeAlias = VoiceIdsShared | VoiceIdsOrCustomVoiceVariant2
"""A built-in voice name or a custom voice reference."""


VoiceIdsOrCustomVoiceParam: TypeAlias = (
    VoiceIdsShared | VoiceIdsOrCustomVoiceVariant2Param | VoiceIdsOrCustomVoiceVariant2
)
"""Request form of :class:`VoiceIdsOrCustomVoice`: a dict a type checker can check."""
