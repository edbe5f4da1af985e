"""RealtimeTurnDetectionRealtimeTurnDetectionSemanticVad."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = [
    "RealtimeTurnDetectionRealtimeTurnDetectionSemanticVad",
    "RealtimeTurnDetectionRealtimeTurnDetectionSemanticVadParam",
]


class RealtimeTurnDetectionRealtimeTurnDetectionSemanticVad(OagenModel):
    """Server-side semantic turn detection which uses a model to determine when the user has finished speaking."""

    type: Literal["semantic_vad"]
    """Type of turn detection, `semantic_vad` to turn on Semantic VAD."""

    eagerness: Literal["low", "medium", "high", "auto"] | str | None = None
    """Used only for `semantic_vad` mode. The eagerness of the model to respond. `low` will wait longer for the user to continue speaking, `high` will respond more quickly. `auto` is the default and is equivalent to `medium`. `low`, `medium`, and `high` have max timeouts of 8s, 4s, and 2s respectively.

    Server default: ``"auto"``."""

    create_response: bool | None = None
    """Whether or not to automatically generate a response when a VAD stop event occurs.

    Server default: ``True``."""

    interrupt_response: bool | None = None
    """Whether or not to automatically interrupt any ongoing response with output to the default
    conversation (i.e. `conversation` of `auto`) when a VAD start event occurs.

    Server default: ``True``."""


class RealtimeTurnDetectionRealtimeTurnDetectionSemanticVadParam(TypedDict, total=False):
    """Request form of :class:`RealtimeTurnDetectionRealtimeTurnDetectionSemanticVad`: a dict a type checker can check."""

    type: Required[Literal["semantic_vad"]]
    """Type of turn detection, `semantic_vad` to turn on Semantic VAD."""

    eagerness: Literal["low", "medium", "high", "auto"]
    """Used only for `semantic_vad` mode. The eagerness of the model to respond. `low` will wait longer for the user to continue speaking, `high` will respond more quickly. `auto` is the default and is equivalent to `medium`. `low`, `medium`, and `high` have max timeouts of 8s, 4s, and 2s respectively."""

    create_response: bool
    """Whether or not to automatically generate a response when a VAD stop event occurs."""

    interrupt_response: bool
    """Whether or not to automatically interrupt any ongoing response with output to the default
    conversation (i.e. `conversation` of `auto`) when a VAD start event occurs."""
