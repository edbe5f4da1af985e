"""ResponseOutputText."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .response_output_text_annotations_item import ResponseOutputTextAnnotationsItem

__all__ = ["ResponseOutputText"]


class ResponseOutputText(OagenModel):
    """Assistant response text accompanied by optional annotations."""

    type: Literal["output_text"]
    """Type discriminator that is always `output_text`.

    Server default: ``"output_text"``."""

    text: str
    """Assistant generated text."""

    annotations: list[ResponseOutputTextAnnotationsItem]
    """Ordered list of annotations attached to the response text."""
