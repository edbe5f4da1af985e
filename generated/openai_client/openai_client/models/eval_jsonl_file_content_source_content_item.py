"""EvalJsonlFileContentSourceContentItem."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["EvalJsonlFileContentSourceContentItem", "EvalJsonlFileContentSourceContentItemParam"]


class EvalJsonlFileContentSourceContentItem(OagenModel):
    """EvalJsonlFileContentSourceContentItem"""

    item: dict[str, Any]

    sample: dict[str, Any] | None = None


class EvalJsonlFileContentSourceContentItemParam(TypedDict, total=False):
    """Request form of :class:`EvalJsonlFileContentSourceContentItem`: a dict a type checker can check."""

    item: Required[Mapping[str, Any]]

    sample: Mapping[str, Any]
