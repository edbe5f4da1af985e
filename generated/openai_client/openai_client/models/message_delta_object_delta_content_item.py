"""MessageDeltaObjectDeltaContentItem."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .message_delta_content_image_file_object import MessageDeltaContentImageFileObject
from .message_delta_content_image_url_object import MessageDeltaContentImageUrlObject
from .message_delta_content_refusal_object import MessageDeltaContentRefusalObject
from .message_delta_content_text_object import MessageDeltaContentTextObject

__all__ = ["MessageDeltaObjectDeltaContentItem"]

MessageDeltaObjectDeltaContentItem: TypeAlias = Annotated[
    Union[
        Annotated[MessageDeltaContentImageFileObject, Tag("MessageDeltaContentImageFileObject")],
        Annotated[MessageDeltaContentTextObject, Tag("MessageDeltaContentTextObject")],
        Annotated[MessageDeltaContentRefusalObject, Tag("MessageDeltaContentRefusalObject")],
        Annotated[MessageDeltaContentImageUrlObject, Tag("MessageDeltaContentImageUrlObject")],
        Annotated[UnknownVariant, Tag("UnknownVariant")],
    ],
    tagged(
        "type",
        {
            "image_file": "MessageDeltaContentImageFileObject",
            "text": "MessageDeltaContentTextObject",
            "refusal": "MessageDeltaContentRefusalObject",
            "image_url": "MessageDeltaContentImageUrlObject",
        },
    ),
]
