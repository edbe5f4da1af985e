"""EvalJsonlFileContentSourceContentItem."""

from __future__ import annotations

from typing import Any

from .._models import OagenModel

__all__ = ["EvalJsonlFileContentSourceContentItem"]


class EvalJsonlFileContentSourceContentItem(OagenModel):
    """EvalJsonlFileContentSourceContentItem"""

    item: dict[str, Any]

    sample: dict[str, Any] | None = None
