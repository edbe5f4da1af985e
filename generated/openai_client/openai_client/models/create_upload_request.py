"""CreateUploadRequest."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .file_expiration_after import FileExpirationAfter, FileExpirationAfterParam

__all__ = ["CreateUploadRequest", "CreateUploadRequestParam"]


class CreateUploadRequest(OagenModel):
    """CreateUploadRequest"""

    filename: str
    """The name of the file to upload."""

    purpose: Literal["assistants", "batch", "fine-tune", "vision"] | str
    """The intended purpose of the uploaded file.

    See the [documentation on File
    purposes](/docs/api-reference/files/create#files-create-purpose)."""

    bytes: int
    """The number of bytes in the file you are uploading."""

    mime_type: str
    """The MIME type of the file.


    This must fall within the supported MIME types for your file purpose. See
    the supported MIME types for assistants and vision."""

    expires_after: FileExpirationAfter | None = None


class CreateUploadRequestParam(TypedDict, total=False):
    """Request form of :class:`CreateUploadRequest`: a dict a type checker can check."""

    filename: Required[str]
    """The name of the file to upload."""

    purpose: Required[Literal["assistants", "batch", "fine-tune", "vision"]]
    """The intended purpose of the uploaded file.

    See the [documentation on File
    purposes](/docs/api-reference/files/create#files-create-purpose)."""

    bytes: Required[int]
    """The number of bytes in the file you are uploading."""

    mime_type: Required[str]
    """The MIME type of the file.


    This must fall within the supported MIME types for your file purpose. See
    the supported MIME types for assistants and vision."""

    expires_after: FileExpirationAfterParam | FileExpirationAfter
