"""ComputerScreenshotImage."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["ComputerScreenshotImage", "ComputerScreenshotImageParam"]


class ComputerScreenshotImage(OagenModel):
    """A computer screenshot image used with the computer use tool."""

    type: Literal["computer_screenshot"]
    """Specifies the event type. For a computer screenshot, this property is
    always set to `computer_screenshot`.

    Server default: ``"computer_screenshot"``."""

    image_url: str | None = None
    """The URL of the screenshot image."""

    file_id: str | None = None
    """The identifier of an uploaded file that contains the screenshot."""


class ComputerScreenshotImageParam(TypedDict, total=False):
    """Request form of :class:`ComputerScreenshotImage`: a dict a type checker can check."""

    type: Required[Literal["computer_screenshot"]]
    """Specifies the event type. For a computer screenshot, this property is
    always set to `computer_screenshot`."""

    image_url: str
    """The URL of the screenshot image."""

    file_id: str
    """The identifier of an uploaded file that contains the screenshot."""
