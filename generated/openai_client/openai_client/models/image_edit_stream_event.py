"""ImageEditStreamEvent."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .image_edit_completed_event import ImageEditCompletedEvent
from .image_edit_partial_image_event import ImageEditPartialImageEvent

__all__ = ["ImageEditStreamEvent"]

ImageEditStreamEvent: TypeAlias = Annotated[
    Union[
        Annotated[ImageEditPartialImageEvent, Tag("ImageEditPartialImageEvent")],
        Annotated[ImageEditCompletedEvent, Tag("ImageEditCompletedEvent")],
        Annotated[UnknownVariant, Tag("UnknownVariant")],
    ],
    tagged(
        "type",
        {
            "image_edit.partial_image": "ImageEditPartialImageEvent",
            "image_edit.completed": "ImageEditCompletedEvent",
        },
    ),
]
