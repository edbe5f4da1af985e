"""ToolChoiceOptions."""

from __future__ import annotations

from typing import Literal, TypeAlias

__all__ = ["ToolChoiceOptions"]

ToolChoiceOptions: TypeAlias = Literal["none", "auto", "required"]
"""Controls which (if any) tool is called by the model.

`none` means the model will not call any tool and instead generates a message.

`auto` means the model can pick between generating a message or calling one or
more tools.

`required` means the model must call one or more tools."""
