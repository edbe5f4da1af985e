"""EvalJsonlFileContentSource."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .eval_jsonl_file_content_source_content_item import (
    EvalJsonlFileContentSourceContentItem,
    EvalJsonlFileContentSourceContentItemParam,
)

__all__ = ["EvalJsonlFileContentSource", "EvalJsonlFileContentSourceParam"]


class EvalJsonlFileContentSource(OagenModel):
    """EvalJsonlFileContentSource"""

    type: Literal["file_content"]
    """The type of jsonl source. Always `file_content`.

    Server default: ``"file_content"``."""

    content: list[EvalJsonlFileContentSourceContentItem]
    """The content of the jsonl file."""


class EvalJsonlFileContentSourceParam(TypedDict, total=False):
    """Request form of :class:`EvalJsonlFileContentSource`: a dict a type checker can check."""

    type: Required[Literal["file_content"]]
    """The type of jsonl source. Always `file_content`."""

    content: Required[
        Sequence[EvalJsonlFileContentSourceContentItemParam | EvalJsonlFileContentSourceContentItem]
    ]
    """The content of the jsonl file."""
