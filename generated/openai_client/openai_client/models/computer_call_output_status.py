"""ComputerCallOutputStatus."""

from __future__ import annotations

from typing import Literal, TypeAlias

__all__ = ["ComputerCallOutputStatus"]

ComputerCallOutputStatus: TypeAlias = Literal["completed", "incomplete", "failed"]
