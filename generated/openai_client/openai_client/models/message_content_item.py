"""MessageContentItem."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .computer_screenshot_content import ComputerScreenshotContent
from .input_file_content import InputFileContent
from .input_image_content import InputImageContent
from .input_text_content import InputTextContent
from .output_text_content import OutputTextContent
from .reasoning_text_content import ReasoningTextContent
from .refusal_content import RefusalContent
from .summary_text_content import SummaryTextContent
from .text_content import TextContent

__all__ = ["MessageContentItem"]

MessageContentItem: TypeAlias = Annotated[
    Union[
        Annotated[InputTextContent, Tag("InputTextContent")],
        Annotated[OutputTextContent, Tag("OutputTextContent")],
        Annotated[TextContent, Tag("TextContent")],
        Annotated[SummaryTextContent, Tag("SummaryTextContent")],
        Annotated[ReasoningTextContent, Tag("ReasoningTextContent")],
        Annotated[RefusalContent, Tag("RefusalContent")],
        Annotated[InputImageContent, Tag("InputImageContent")],
        Annotated[ComputerScreenshotContent, Tag("ComputerScreenshotContent")],
        Annotated[InputFileContent, Tag("InputFileContent")],
        Annotated[UnknownVariant, Tag("UnknownVariant")],
    ],
    tagged(
        "type",
        {
            "input_text": "InputTextContent",
            "output_text": "OutputTextContent",
            "text": "TextContent",
            "summary_text": "SummaryTextContent",
            "reasoning_text": "ReasoningTextContent",
            "refusal": "RefusalContent",
            "input_image": "InputImageContent",
            "computer_screenshot": "ComputerScreenshotContent",
            "input_file": "InputFileContent",
        },
    ),
]
"""A content part that makes up an input or output item."""
