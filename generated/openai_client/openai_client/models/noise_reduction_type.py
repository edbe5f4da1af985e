"""NoiseReductionType."""

from __future__ import annotations

from typing import Literal, TypeAlias

__all__ = ["NoiseReductionType"]

NoiseReductionType: TypeAlias = Literal["near_field", "far_field"]
"""Type of noise reduction. `near_field` is for close-talking microphones such as headphones, `far_field` is for far-field microphones such as laptop or conference room microphones."""
