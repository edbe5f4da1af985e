"""ContainerMemoryLimit."""

from __future__ import annotations

from typing import Literal, TypeAlias

__all__ = ["ContainerMemoryLimit"]

ContainerMemoryLimit: TypeAlias = Literal["1g", "4g", "16g", "64g"]
