"""MessageDeltaContentTextObjectTextAnnotationsItem."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .message_delta_content_text_annotations_file_citation_object import (
    MessageDeltaContentTextAnnotationsFileCitationObject,
)
from .message_delta_content_text_annotations_file_path_object import (
    MessageDeltaContentTextAnnotationsFilePathObject,
)

__all__ = ["MessageDeltaContentTextObjectTextAnnotationsItem"]

MessageDeltaContentTextObjectTextAnnotationsItem: TypeAlias = Annotated[
    Union[
        Annotated[
            MessageDeltaContentTextAnnotationsFileCitationObject,
            Tag("MessageDeltaContentTextAnnotationsFileCitationObject"),
        ],
        Annotated[
            MessageDeltaContentTextAnnotationsFilePathObject,
            Tag("MessageDeltaContentTextAnnotationsFilePathObject"),
        ],
        Annotated[UnknownVariant, Tag("UnknownVariant")],
    ],
    tagged(
        "type",
        {
            "file_citation": "MessageDeltaContentTextAnnotationsFileCitationObject",
            "file_path": "MessageDeltaContentTextAnnotationsFilePathObject",
        },
    ),
]
