"""CreateModerationRequestInputArrayItem."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .create_moderation_request_input_array_item_image_url import (
    CreateModerationRequestInputArrayItemImageUrl,
)
from .create_moderation_request_input_array_item_text import (
    CreateModerationRequestInputArrayItemText,
)

__all__ = ["CreateModerationRequestInputArrayItem"]

CreateModerationRequestInputArrayItem: TypeAlias = Annotated[
    Union[
        Annotated[
            CreateModerationRequestInputArrayItemImageUrl,
            Tag("CreateModerationRequestInputArrayItemImageUrl"),
        ],
        Annotated[
            CreateModerationRequestInputArrayItemText,
            Tag("CreateModerationRequestInputArrayItemText"),
        ],
        Annotated[UnknownVariant, Tag("UnknownVariant")],
    ],
    tagged(
        "type",
        {
            "image_url": "CreateModerationRequestInputArrayItemImageUrl",
            "text": "CreateModerationRequestInputArrayItemText",
        },
    ),
]
