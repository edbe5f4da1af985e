"""ComputerActionList."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeAlias

from .computer_action import ComputerAction, ComputerActionParam

__all__ = ["ComputerActionList", "ComputerActionListParam"]

ComputerActionList: TypeAlias = list[ComputerAction]
"""Flattened batched actions for `computer_use`. Each action includes an
`type` discriminator and action-specific fields."""


ComputerActionListParam: TypeAlias = Sequence[ComputerActionParam]
"""Request form of :class:`ComputerActionList`: a dict a type checker can check."""
