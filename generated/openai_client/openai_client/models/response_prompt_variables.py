"""ResponsePromptVariables."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeAlias

from .input_file_content import InputFileContent, InputFileContentParam2
from .input_image_content import InputImageContent, InputImageContentParam
from .input_text_content import InputTextContent, InputTextContentParam2

__all__ = ["ResponsePromptVariables", "ResponsePromptVariablesParam"]

ResponsePromptVariables: TypeAlias = (
    dict[str, InputTextContent | InputImageContent | InputFileContent | str] | None
)


ResponsePromptVariablesParam: TypeAlias = (
    Mapping[
        str,
        str
        | InputTextContentParam2
        | InputTextContent
        | InputImageContentParam
        | InputImageContent
        | InputFileContentParam2
        | InputFileContent,
    ]
    | None
)
"""Request form of :class:`ResponsePromptVariables`: a dict a type checker can check."""
