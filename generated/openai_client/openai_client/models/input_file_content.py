"""InputFileContent."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .file_input_detail import FileInputDetail

__all__ = ["InputFileContent", "InputFileContentParam2"]


class InputFileContent(OagenModel):
    """A file input to the model."""

    type: Literal["input_file"]
    """The type of the input item. Always `input_file`.

    Server default: ``"input_file"``."""

    file_id: str | None = None

    filename: str | None = None
    """The name of the file to be sent to the model."""

    file_data: str | None = None
    """The content of the file to be sent to the model."""

    file_url: str | None = None
    """The URL of the file to be sent to the model."""

    detail: FileInputDetail | str | None = None
    """The detail level of the file to be sent to the model. Use `low` for the default rendering behavior, or `high` to render the file at higher quality. Defaults to `low`."""


class InputFileContentParam2(TypedDict, total=False):
    """Request form of :class:`InputFileContent`: a dict a type checker can check."""

    type: Required[Literal["input_file"]]
    """The type of the input item. Always `input_file`."""

    file_id: str | None

    filename: str
    """The name of the file to be sent to the model."""

    file_data: str
    """The content of the file to be sent to the model."""

    file_url: str
    """The URL of the file to be sent to the model."""

    detail: FileInputDetail
    """The detail level of the file to be sent to the model. Use `low` for the default rendering behavior, or `high` to render the file at higher quality. Defaults to `low`."""
