"""EvalItemInputImage."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["EvalItemInputImage"]


class EvalItemInputImage(OagenModel):
    """An image input block used within EvalItem content arrays."""

    type: Literal["input_image"]
    """The type of the image input. Always `input_image`."""

    image_url: str
    """The URL of the image input."""

    detail: str | None = None
    """The detail level of the image to be sent to the model. One of `high`, `low`, or `auto`. Defaults to `auto`."""
