"""MessageContentPart."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .audio_content_part import AudioContentPart, AudioContentPartParam
from .image_content_part import ImageContentPart, ImageContentPartParam
from .text_content_part import TextContentPart, TextContentPartParam
from .tool_call_content_part import ToolCallContentPart, ToolCallContentPartParam
from .video_content_part import VideoContentPart, VideoContentPartParam

__all__ = ["MessageContentPart", "MessageContentPartParam"]

MessageContentPart: TypeAlias = Annotated[
    Union[
        Annotated[TextContentPart, Tag("TextContentPart")],
        Annotated[ImageContentPart, Tag("ImageContentPart")],
        Annotated[AudioContentPart, Tag("AudioContentPart")],
        Annotated[VideoContentPart, Tag("VideoContentPart")],
        Annotated[ToolCallContentPart, Tag("ToolCallContentPart")],
        Annotated[UnknownVariant, Tag("UnknownVariant")],
    ],
    tagged(
        "type",
        {
            "text": "TextContentPart",
            "image_url": "ImageContentPart",
            "input_audio": "AudioContentPart",
            "input_video": "VideoContentPart",
            "tool_call": "ToolCallContentPart",
        },
    ),
]


MessageContentPartParam: TypeAlias = (
    TextContentPartParam
    | TextContentPart
    | ImageContentPartParam
    | ImageContentPart
    | AudioContentPartParam
    | AudioContentPart
    | VideoContentPartParam
    | VideoContentPart
    | ToolCallContentPartParam
    | ToolCallContentPart
)
"""Request form of :class:`MessageContentPart`: a dict a type checker can check."""
