"""EvalJsonlFileContentSource."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .eval_jsonl_file_content_source_content_item import EvalJsonlFileContentSourceContentItem

__all__ = ["EvalJsonlFileContentSource"]


class EvalJsonlFileContentSource(OagenModel):
    """EvalJsonlFileContentSource"""

    type: Literal["file_content"]
    """The type of jsonl source. Always `file_content`.

    Server default: ``"file_content"``."""

    content: list[EvalJsonlFileContentSourceContentItem]
    """The content of the jsonl file."""
