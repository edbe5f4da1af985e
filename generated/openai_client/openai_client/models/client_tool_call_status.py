"""ClientToolCallStatus."""

from __future__ import annotations

from typing import Literal, TypeAlias

__all__ = ["ClientToolCallStatus"]

ClientToolCallStatus: TypeAlias = Literal["in_progress", "completed"]
