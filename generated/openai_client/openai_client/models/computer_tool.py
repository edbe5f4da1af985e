"""ComputerTool."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["ComputerTool", "ComputerToolParam"]


class ComputerTool(OagenModel):
    """A tool that controls a virtual computer. Learn more about the [computer tool](https://platform.openai.com/docs/guides/tools-computer-use)."""

    type: Literal["computer"]
    """The type of the computer tool. Always `computer`.

    Server default: ``"computer"``."""


class ComputerToolParam(TypedDict, total=False):
    """Request form of :class:`ComputerTool`: a dict a type checker can check."""

    type: Required[Literal["computer"]]
    """The type of the computer tool. Always `computer`."""
