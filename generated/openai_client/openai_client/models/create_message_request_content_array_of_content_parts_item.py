"""CreateMessageRequestContentArrayOfContentPartsItem."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .message_content_image_file_object import (
    MessageContentImageFileObject,
    MessageContentImageFileObjectParam,
)
from .message_content_image_url_object import (
    MessageContentImageUrlObject,
    MessageContentImageUrlObjectParam,
)
from .message_request_content_text_object import (
    MessageRequestContentTextObject,
    MessageRequestContentTextObjectParam,
)

__all__ = [
    "CreateMessageRequestContentArrayOfContentPartsItem",
    "CreateMessageRequestContentArrayOfContentPartsItemParam",
]

CreateMessageRequestContentArrayOfContentPartsItem: TypeAlias = Annotated[
    Union[
        Annotated[MessageContentImageFileObject, Tag("MessageContentImageFileObject")],
        Annotated[MessageContentImageUrlObject, Tag("MessageContentImageUrlObject")],
        Annotated[MessageRequestContentTextObject, Tag("MessageRequestContentTextObject")],
        Annotated[UnknownVariant, Tag("UnknownVariant")],
    ],
    tagged(
        "type",
        {
            "image_file": "MessageContentImageFileObject",
            "image_url": "MessageContentImageUrlObject",
            "text": "MessageRequestContentTextObject",
        },
    ),
]


CreateMessageRequestContentArrayOfContentPartsItemParam: TypeAlias = (
    MessageContentImageFileObjectParam
    | MessageContentImageFileObject
    | MessageContentImageUrlObjectParam
    | MessageContentImageUrlObject
    | MessageRequestContentTextObjectParam
    | MessageRequestContentTextObject
)
"""Request form of :class:`CreateMessageRequestContentArrayOfContentPartsItem`: a dict a type checker can check."""
