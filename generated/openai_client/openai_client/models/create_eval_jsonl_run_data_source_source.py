"""CreateEvalJsonlRunDataSourceSource."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .eval_jsonl_file_content_source import EvalJsonlFileContentSource
from .eval_jsonl_file_id_source import EvalJsonlFileIdSource

__all__ = ["CreateEvalJsonlRunDataSourceSource"]

CreateEvalJsonlRunDataSourceSource: TypeAlias = Annotated[
    Union[
        Annotated[EvalJsonlFileContentSource, Tag("EvalJsonlFileContentSource")],
        Annotated[EvalJsonlFileIdSource, Tag("EvalJsonlFileIdSource")],
        Annotated[UnknownVariant, Tag("UnknownVariant")],
    ],
    tagged(
        "type", {"file_content": "EvalJsonlFileContentSource", "file_id": "EvalJsonlFileIdSource"}
    ),
]
"""Determines what populates the `item` namespace in the data source."""
