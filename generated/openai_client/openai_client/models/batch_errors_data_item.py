"""BatchErrorsDataItem."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["BatchErrorsDataItem"]


class BatchErrorsDataItem(OagenModel):
    """BatchErrorsDataItem"""

    code: str | None = None
    """An error code identifying the error type."""

    message: str | None = None
    """A human-readable message providing more details about the error."""

    param: str | None = None

    line: int | None = None
