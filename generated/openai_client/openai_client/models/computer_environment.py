"""ComputerEnvironment."""

from __future__ import annotations

from typing import Literal, TypeAlias

__all__ = ["ComputerEnvironment"]

ComputerEnvironment: TypeAlias = Literal["windows", "mac", "linux", "ubuntu", "browser"]
