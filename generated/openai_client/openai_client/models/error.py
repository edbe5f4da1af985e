"""Error."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["Error"]


class Error(OagenModel):
    """Error"""

    code: str | None

    message: str

    param: str | None

    type: str
