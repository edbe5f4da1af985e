"""ComputerScreenshotContent."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .image_detail import ImageDetail

__all__ = ["ComputerScreenshotContent"]


class ComputerScreenshotContent(OagenModel):
    """A screenshot of a computer."""

    type: Literal["computer_screenshot"]
    """Specifies the event type. For a computer screenshot, this property is always set to `computer_screenshot`.

    Server default: ``"computer_screenshot"``."""

    image_url: str | None

    file_id: str | None

    detail: ImageDetail | str
    """The detail level of the screenshot image to be sent to the model. One of `high`, `low`, `auto`, or `original`. Defaults to `auto`."""
