"""EvalItemContentItem."""

from __future__ import annotations

from typing import TypeAlias

from .eval_item_content_output_text import EvalItemContentOutputText
from .eval_item_content_text import EvalItemContentText
from .eval_item_input_image import EvalItemInputImage
from .input_audio import InputAudio
from .input_text_content import InputTextContent

__all__ = ["EvalItemContentItem"]

EvalItemContentItem: TypeAlias = (
    EvalItemContentText
    | InputTextContent
    | EvalItemContentOutputText
    | EvalItemInputImage
    | InputAudio
)
"""A single content item: input text, output text, input image, or input audio."""
