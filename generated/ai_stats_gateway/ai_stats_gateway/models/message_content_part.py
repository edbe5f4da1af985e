"""MessageContentPart."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .audio_content_part import AudioContentPart
from .image_content_part import ImageContentPart
from .text_content_part import TextContentPart
from .tool_call_content_part import ToolCallContentPart
from .video_content_part import VideoContentPart

__all__ = ["MessageContentPart"]

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
