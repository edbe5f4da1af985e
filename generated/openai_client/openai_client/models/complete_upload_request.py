"""CompleteUploadRequest."""

from __future__ import annotations

from collections.abc import Sequence

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["CompleteUploadRequest", "CompleteUploadRequestParam"]


class CompleteUploadRequest(OagenModel):
    """CompleteUploadRequest"""

    part_ids: list[str]
    """The ordered list of Part IDs."""

    md5: str | None = None
    """The optional md5 checksum for the file contents to verify if the bytes uploaded matches what you expect."""


class CompleteUploadRequestParam(TypedDict, total=False):
    """Request form of :class:`CompleteUploadRequest`: a dict a type checker can check."""

    part_ids: Required[Sequence[str]]
    """The ordered list of Part IDs."""

    md5: str
    """The optional md5 checksum for the file contents to verify if the bytes uploaded matches what you expect."""
