"""ResponsesRequestPrompt."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from typing_extensions import TypedDict

from .._models import OagenModel

__all__ = ["ResponsesRequestPrompt", "ResponsesRequestPromptParam"]


class ResponsesRequestPrompt(OagenModel):
    """ResponsesRequestPrompt"""

    id: str | None = None

    variables: dict[str, Any] | None = None

    version: str | None = None


class ResponsesRequestPromptParam(TypedDict, total=False):
    """Request form of :class:`ResponsesRequestPrompt`: a dict a type checker can check."""

    id: str

    variables: Mapping[str, Any]

    version: str
