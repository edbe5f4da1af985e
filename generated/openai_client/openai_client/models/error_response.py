"""ErrorResponse."""

from __future__ import annotations

from .._models import OagenModel
from .error import Error

__all__ = ["ErrorResponse"]


class ErrorResponse(OagenModel):
    """ErrorResponse"""

    error: Error
