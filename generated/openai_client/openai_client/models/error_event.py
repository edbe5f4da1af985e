"""ErrorEvent."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .error import Error

__all__ = ["ErrorEvent"]


class ErrorEvent(OagenModel):
    """Occurs when an [error](/docs/guides/error-codes#api-errors) occurs. This can happen due to an internal server error or a timeout."""

    event: Literal["error"]

    data: Error
