"""ComputerUsePreviewTool."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .computer_environment import ComputerEnvironment

__all__ = ["ComputerUsePreviewTool", "ComputerUsePreviewToolParam"]


class ComputerUsePreviewTool(OagenModel):
    """A tool that controls a virtual computer. Learn more about the [computer tool](https://platform.openai.com/docs/guides/tools-computer-use)."""

    type: Literal["computer_use_preview"]
    """The type of the computer use tool. Always `computer_use_preview`.

    Server default: ``"computer_use_preview"``."""

    environment: ComputerEnvironment | str
    """The type of computer environment to control."""

    display_width: int
    """The width of the computer display."""

    display_height: int
    """The height of the computer display."""


class ComputerUsePreviewToolParam(TypedDict, total=False):
    """Request form of :class:`ComputerUsePreviewTool`: a dict a type checker can check."""

    type: Required[Literal["computer_use_preview"]]
    """The type of the computer use tool. Always `computer_use_preview`."""

    environment: Required[ComputerEnvironment]
    """The type of computer environment to control."""

    display_width: Required[int]
    """The width of the computer display."""

    display_height: Required[int]
    """The height of the computer display."""
