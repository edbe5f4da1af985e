"""AutomaticThreadTitlingParam."""

from __future__ import annotations

from typing_extensions import TypedDict

from .._models import OagenModel

__all__ = ["AutomaticThreadTitlingParam", "AutomaticThreadTitlingParamParam"]


class AutomaticThreadTitlingParam(OagenModel):
    """Controls whether ChatKit automatically generates thread titles."""

    enabled: bool | None = None
    """Enable automatic thread title generation. Defaults to true."""


class AutomaticThreadTitlingParamParam(TypedDict, total=False):
    """Request form of :class:`AutomaticThreadTitlingParam`: a dict a type checker can check."""

    enabled: bool
    """Enable automatic thread title generation. Defaults to true."""
