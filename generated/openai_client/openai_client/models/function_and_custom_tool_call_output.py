"""FunctionAndCustomToolCallOutput."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .input_file_content import InputFileContent, InputFileContentParam2
from .input_image_content import InputImageContent, InputImageContentParam
from .input_text_content import InputTextContent, InputTextContentParam2

__all__ = ["FunctionAndCustomToolCallOutput", "FunctionAndCustomToolCallOutputParam"]

FunctionAndCustomToolCallOutput: TypeAlias = Annotated[
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


FunctionAndCustomToolCallOutputParam: TypeAlias = (
    InputTextContentParam2
    | InputTextContent
    | InputImageContentParam
    | InputImageContent
    | InputFileContentParam2
    | InputFileContent
)
"""Request form of :class:`FunctionAndCustomToolCallOutput`: a dict a type checker can check."""
