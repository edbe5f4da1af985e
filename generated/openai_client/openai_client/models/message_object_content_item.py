"""MessageObjectContentItem."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .message_content_image_file_object import MessageContentImageFileObject
from .message_content_image_url_object import MessageContentImageUrlObject
from .message_content_refusal_object import MessageContentRefusalObject
from .message_content_text_object import MessageContentTextObject

__all__ = ["MessageObjectContentItem"]

MessageObjectContentItem: TypeAlias = Annotated[
    Union[
        Annotated[MessageContentImageFileObject, Tag("MessageContentImageFileObject")],
        Annotated[MessageContentImageUrlObject, Tag("MessageContentImageUrlObject")],
        Annotated[MessageContentTextObject, Tag("MessageContentTextObject")],
        Annotated[MessageContentRefusalObject, Tag("MessageContentRefusalObject")],
        Annotated[UnknownVariant, Tag("UnknownVariant")],
    ],
    tagged(
        "type",
        {
            "image_file": "MessageContentImageFileObject",
            "image_url": "MessageContentImageUrlObject",
            "text": "MessageContentTextObject",
            "refusal": "MessageContentRefusalObject",
        },
    ),
]
