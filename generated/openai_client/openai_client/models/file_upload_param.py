"""FileUploadParam."""

from __future__ import annotations

from typing_extensions import TypedDict

from .._models import OagenModel

__all__ = ["FileUploadParam", "FileUploadParamParam"]


class FileUploadParam(OagenModel):
    """Controls whether users can upload files."""

    enabled: bool | None = None
    """Enable uploads for this session. Defaults to false."""

    max_file_size: int | None = None
    """Maximum size in megabytes for each uploaded file. Defaults to 512 MB, which is the maximum allowable size."""

    max_files: int | None = None
    """Maximum number of files that can be uploaded to the session. Defaults to 10."""


class FileUploadParamParam(TypedDict, total=False):
    """Request form of :class:`FileUploadParam`: a dict a type checker can check."""

    enabled: bool
    """Enable uploads for this session. Defaults to false."""

    max_file_size: int
    """Maximum size in megabytes for each uploaded file. Defaults to 512 MB, which is the maximum allowable size."""

    max_files: int
    """Maximum number of files that can be uploaded to the session. Defaults to 10."""
