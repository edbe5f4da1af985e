"""VadConfig."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["VadConfig", "VadConfigParam"]


class VadConfig(OagenModel):
    """VadConfig"""

    type: Literal["server_vad"]
    """Must be set to `server_vad` to enable manual chunking using server side VAD."""

    prefix_padding_ms: int | None = None
    """Amount of audio to include before the VAD detected speech (in
    milliseconds).

    Server default: ``300``."""

    silence_duration_ms: int | None = None
    """Duration of silence to detect speech stop (in milliseconds).
    With shorter values the model will respond more quickly,
    but may jump in on short pauses from the user.

    Server default: ``200``."""

    threshold: float | None = None
    """Sensitivity threshold (0.0 to 1.0) for voice activity detection. A
    higher threshold will require louder audio to activate the model, and
    thus might perform better in noisy environments.

    Server default: ``0.5``."""


class VadConfigParam(TypedDict, total=False):
    """Request form of :class:`VadConfig`: a dict a type checker can check."""

    type: Required[Literal["server_vad"]]
    """Must be set to `server_vad` to enable manual chunking using server side VAD."""

    prefix_padding_ms: int
    """Amount of audio to include before the VAD detected speech (in
    milliseconds)."""

    silence_duration_ms: int
    """Duration of silence to detect speech stop (in milliseconds).
    With shorter values the model will respond more quickly,
    but may jump in on short pauses from the user."""

    threshold: float
    """Sensitivity threshold (0.0 to 1.0) for voice activity detection. A
    higher threshold will require louder audio to activate the model, and
    thus might perform better in noisy environments."""
