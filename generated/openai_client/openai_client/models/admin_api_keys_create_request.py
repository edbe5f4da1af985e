"""AdminApiKeysCreateRequest."""

from __future__ import annotations

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["AdminApiKeysCreateRequest", "AdminApiKeysCreateRequestParam"]


class AdminApiKeysCreateRequest(OagenModel):
    """AdminApiKeysCreateRequest"""

    name: str


class AdminApiKeysCreateRequestParam(TypedDict, total=False):
    """Request form of :class:`AdminApiKeysCreateRequest`: a dict a type checker can check."""

    name: Required[str]
