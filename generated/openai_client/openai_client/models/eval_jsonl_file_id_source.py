"""EvalJsonlFileIdSource."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["EvalJsonlFileIdSource", "EvalJsonlFileIdSourceParam"]


class EvalJsonlFileIdSource(OagenModel):
    """EvalJsonlFileIdSource"""

    type: Literal["file_id"]
    """The type of jsonl source. Always `file_id`.

    Server default: ``"file_id"``."""

    id: str
    """The identifier of the file."""


class EvalJsonlFileIdSourceParam(TypedDict, total=False):
    """Request form of :class:`EvalJsonlFileIdSource`: a dict a type checker can check."""

    type: Required[Literal["file_id"]]
    """The type of jsonl source. Always `file_id`."""

    id: Required[str]
    """The identifier of the file."""
