"""BatchErrors."""

from __future__ import annotations

from .._models import OagenModel
from .batch_errors_data_item import BatchErrorsDataItem

__all__ = ["BatchErrors"]


class BatchErrors(OagenModel):
    """BatchErrors"""

    object: str | None = None
    """The object type, which is always `list`."""

    data: list[BatchErrorsDataItem] | None = None
