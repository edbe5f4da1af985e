"""ResponsesResponse."""

from __future__ import annotations

from typing import Any

from .._models import OagenModel
from .usage import Usage

__all__ = ["ResponsesResponse"]


class ResponsesResponse(OagenModel):
    """ResponsesResponse"""

    id: str | None = None

    object: str | None = None

    created: int | None = None

    model: str | None = None

    content: list[dict[str, Any]] | None = None

    role: str | None = None

    stop_reason: str | None = None

    type: str | None = None

    usage: Usage | None = None
