"""InputContent."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .input_file_content import InputFileContent
from .input_image_content import InputImageContent
from .input_text_content import InputTextContent

__all__ = ["InputContent"]

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
