"""EvalJsonlFileIdSource."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["EvalJsonlFileIdSource"]


class EvalJsonlFileIdSource(OagenModel):
    """EvalJsonlFileIdSource"""

    type: Literal["file_id"]
    """The type of jsonl source. Always `file_id`.

    Server default: ``"file_id"``."""

    id: str
    """The identifier of the file."""
