"""ResponsesRequestPrompt."""

from __future__ import annotations

from typing import Any

from .._models import OagenModel

__all__ = ["ResponsesRequestPrompt"]


class ResponsesRequestPrompt(OagenModel):
    """ResponsesRequestPrompt"""

    id: str | None = None

    variables: dict[str, Any] | None = None

    version: str | None = None
