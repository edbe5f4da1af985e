"""VectorStoreFileObjectLastErrorVariant1."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["VectorStoreFileObjectLastErrorVariant1"]


class VectorStoreFileObjectLastErrorVariant1(OagenModel):
    """The last error associated with this vector store file. Will be `null` if there are no errors."""

    code: Literal["server_error", "unsupported_file", "invalid_file"] | str
    """One of `server_error`, `unsupported_file`, or `invalid_file`."""

    message: str
    """A human-readable description of the error."""
