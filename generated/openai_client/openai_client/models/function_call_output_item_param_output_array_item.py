"""FunctionCallOutputItemParamOutputArrayItem."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .input_file_content_param import InputFileContentParam, InputFileContentParamParam
from .input_image_content_param_auto_param import (
    InputImageContentParamAutoParam,
    InputImageContentParamAutoParamParam,
)
from .input_text_content_param import InputTextContentParam, InputTextContentParamParam

__all__ = [
    "FunctionCallOutputItemParamOutputArrayItem",
    "FunctionCallOutputItemParamOutputArrayItemParam",
]

FunctionCallOutputItemParamOutputArrayItem: TypeAlias = Annotated[
    Union[
        Annotated[InputTextContentParam, Tag("InputTextContentParam")],
        Annotated[InputImageContentParamAutoParam, Tag("InputImageContentParamAutoParam")],
        Annotated[InputFileContentParam, Tag("InputFileContentParam")],
        Annotated[UnknownVariant, Tag("UnknownVariant")],
    ],
    tagged(
        "type",
        {
            "input_text": "InputTextContentParam",
            "input_image": "InputImageContentParamAutoParam",
            "input_file": "InputFileContentParam",
        },
    ),
]
"""A piece of message content, such as text, an image, or a file."""


FunctionCallOutputItemParamOutputArrayItemParam: TypeAlias = (
    InputTextContentParamParam
    | InputTextContentParam
    | InputImageContentParamAutoParamParam
    | InputImageContentParamAutoParam
    | InputFileContentParamParam
    | InputFileContentParam
)
"""Request form of :class:`FunctionCallOutputItemParamOutputArrayItem`: a dict a type checker can check."""
