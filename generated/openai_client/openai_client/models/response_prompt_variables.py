"""ResponsePromptVariables."""

from __future__ import annotations

from typing import TypeAlias

from .input_file_content import InputFileContent
from .input_image_content import InputImageContent
from .input_text_content import InputTextContent

__all__ = ["ResponsePromptVariables"]

ResponsePromptVariables: TypeAlias = (
    dict[str, InputTextContent | InputImageContent | InputFileContent | str] | None
)
