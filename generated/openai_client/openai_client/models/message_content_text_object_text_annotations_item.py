"""MessageContentTextObjectTextAnnotationsItem."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .message_content_text_annotations_file_citation_object import (
    MessageContentTextAnnotationsFileCitationObject,
)
from .message_content_text_annotations_file_path_object import (
    MessageContentTextAnnotationsFilePathObject,
)

__all__ = ["MessageContentTextObjectTextAnnotationsItem"]

MessageContentTextObjectTextAnnotationsItem: TypeAlias = Annotated[
    Union[
        Annotated[
            MessageContentTextAnnotationsFileCitationObject,
            Tag("MessageContentTextAnnotationsFileCitationObject"),
        ],
        Annotated[
            MessageContentTextAnnotationsFilePathObject,
            Tag("MessageContentTextAnnotationsFilePathObject"),
        ],
        Annotated[UnknownVariant, Tag("UnknownVariant")],
    ],
    tagged(
        "type",
        {
            "file_citation": "MessageContentTextAnnotationsFileCitationObject",
            "file_path": "MessageContentTextAnnotationsFilePathObject",
        },
    ),
]
