"""EvalItemContentItem."""

from __future__ import annotations

from typing import TypeAlias

from .eval_item_content_output_text import EvalItemContentOutputText, EvalItemContentOutputTextParam
from .eval_item_content_text import EvalItemContentText
from .eval_item_input_image import EvalItemInputImage, EvalItemInputImageParam
from .input_audio import InputAudio, InputAudioParam
from .input_text_content import InputTextContent, InputTextContentParam2

__all__ = ["EvalItemContentItem", "EvalItemContentItemParam"]

EvalItemContentItem: TypeAlias = (
    EvalItemContentText
    | InputTextContent
    | EvalItemContentOutputText
    | EvalItemInputImage
    | InputAudio
)
"""A single content item: input text, output text, input image, or input audio."""


EvalItemContentItemParam: TypeAlias = (
    EvalItemContentText
    | InputTextContentParam2
    | InputTextContent
    | EvalItemContentOutputTextParam
    | EvalItemContentOutputText
    | EvalItemInputImageParam
    | EvalItemInputImage
    | InputAudioParam
    | InputAudio
)
"""Request form of :class:`EvalItemContentItem`: a dict a type checker can check."""
