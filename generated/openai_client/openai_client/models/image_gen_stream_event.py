"""ImageGenStreamEvent."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .image_gen_completed_event import ImageGenCompletedEvent
from .image_gen_partial_image_event import ImageGenPartialImageEvent

__all__ = ["ImageGenStreamEvent"]

ImageGenStreamEvent: TypeAlias = Annotated[
    Union[
        Annotated[ImageGenPartialImageEvent, Tag("ImageGenPartialImageEvent")],
        Annotated[ImageGenCompletedEvent, Tag("ImageGenCompletedEvent")],
        Annotated[UnknownVariant, Tag("UnknownVariant")],
    ],
    tagged(
        "type",
        {
            "image_generation.partial_image": "ImageGenPartialImageEvent",
            "image_generation.completed": "ImageGenCompletedEvent",
        },
    ),
]
