"""InputContent."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .input_file_content import InputFileContent, InputFileContentParam2
from .input_image_content import InputImageContent, InputImageContentParam
from .input_text_content import InputTextContent, InputTextContentParam2

__all__ = ["InputContent", "InputContentParam"]

InputContent: TypeAlias = Annotated[
    Union[
        Annotated[InputTextContent, Tag("InputTextContent")],
        Annotated[InputImageContent, Tag("InputImageContent")],
        Annotated[InputFileContent, Tag("InputFileContent")],
        Annotated[UnknownVariant, Tag("UnknownVariant")],
    ],
    tagged(
        "type",
        {
            "input_text": "InputTextContent",
            "input_image": "InputImageContent",
            "input_file": "InputFileContent",
        },
    ),
]


InputContentParam: TypeAlias = (
    InputTextContentParam2
    | InputTextContent
    | InputImageContentParam
    | InputImageContent
    | InputFileContentParam2
    | InputFileContent
)
"""Request form of :class:`InputContent`: a dict a type checker can check."""
