"""InputFileContentParam."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .file_detail_enum import FileDetailEnum

__all__ = ["InputFileContentParam", "InputFileContentParamParam"]


class InputFileContentParam(OagenModel):
    """A file input to the model."""

    type: Literal["input_file"]
    """The type of the input item. Always `input_file`.

    Server default: ``"input_file"``."""

    file_id: str | None = None

    filename: str | None = None

    file_data: str | None = None

    file_url: str | None = None

    detail: FileDetailEnum | str | None = None
    """The detail level of the file to be sent to the model. Use `low` for the default rendering behavior, or `high` to render the file at higher quality. Defaults to `low`."""


class InputFileContentParamParam(TypedDict, total=False):
    """Request form of :class:`InputFileContentParam`: a dict a type checker can check."""

    type: Required[Literal["input_file"]]
    """The type of the input item. Always `input_file`."""

    file_id: str | None

    filename: str | None

    file_data: str | None

    file_url: str | None

    detail: FileDetailEnum
    """The detail level of the file to be sent to the model. Use `low` for the default rendering behavior, or `high` to render the file at higher quality. Defaults to `low`."""
