"""RealtimeTurnDetection."""

from __future__ import annotations

from typing import TypeAlias

from .realtime_turn_detection_realtime_turn_detection import (
    RealtimeTurnDetectionRealtimeTurnDetection,
    RealtimeTurnDetectionRealtimeTurnDetectionParam,
)

__all__ = ["RealtimeTurnDetection", "RealtimeTurnDetectionParam"]

RealtimeTurnDetection: TypeAlias = RealtimeTurnDetectionRealtimeTurnDetection | None


RealtimeTurnDetectionParam: TypeAlias = RealtimeTurnDetectionRealtimeTurnDetectionParam | None
"""Request form of :class:`RealtimeTurnDetection`: a dict a type checker can check."""
