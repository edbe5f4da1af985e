"""CreateModerationRequestInputArrayItem."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .create_moderation_request_input_array_item_image_url import (
    CreateModerationRequestInputArrayItemImageUrl,
    CreateModerationRequestInputArrayItemImageUrlParam,
)
from .create_moderation_request_input_array_item_text import (
    CreateModerationRequestInputArrayItemText,
    CreateModerationRequestInputArrayItemTextParam,
)

__all__ = ["CreateModerationRequestInputArrayItem", "CreateModerationRequestInputArrayItemParam"]

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


CreateModerationRequestInputArrayItemParam: TypeAlias = (
    CreateModerationRequestInputArrayItemImageUrlParam
    | CreateModerationRequestInputArrayItemImageUrl
    | CreateModerationRequestInputArrayItemTextParam
    | CreateModerationRequestInputArrayItemText
)
"""Request form of :class:`CreateModerationRequestInputArrayItem`: a dict a type checker can check."""
