"""ModerationsRequestInputArrayItem."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .image_moderation_input import ImageModerationInput, ImageModerationInputParam
from .text_moderation_input import TextModerationInput, TextModerationInputParam

__all__ = ["ModerationsRequestInputArrayItem", "ModerationsRequestInputArrayItemParam"]

ModerationsRequestInputArrayItem: TypeAlias = Annotated[
    Union[
        Annotated[TextModerationInput, Tag("TextModerationInput")],
        Annotated[ImageModerationInput, Tag("ImageModerationInput")],
        Annotated[UnknownVariant, Tag("UnknownVariant")],
    ],
    tagged("type", {"text": "TextModerationInput", "image_url": "ImageModerationInput"}),
]


ModerationsRequestInputArrayItemParam: TypeAlias = (
    TextModerationInputParam
    | TextModerationInput
    | ImageModerationInputParam
    | ImageModerationInput
)
"""Request form of :class:`ModerationsRequestInputArrayItem`: a dict a type checker can check."""
