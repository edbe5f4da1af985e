"""RealtimeTurnDetection."""

from __future__ import annotations

from typing import TypeAlias

from .realtime_turn_detection_realtime_turn_detection import (
    RealtimeTurnDetectionRealtimeTurnDetection,
)

__all__ = ["RealtimeTurnDetection"]

RealtimeTurnDetection: TypeAlias = RealtimeTurnDetectionRealtimeTurnDetection | None
