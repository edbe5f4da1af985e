"""CreateEvalJsonlRunDataSourceSource."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .eval_jsonl_file_content_source import (
    EvalJsonlFileContentSource,
    EvalJsonlFileContentSourceParam,
)
from .eval_jsonl_file_id_source import EvalJsonlFileIdSource, EvalJsonlFileIdSourceParam

__all__ = ["CreateEvalJsonlRunDataSourceSource", "CreateEvalJsonlRunDataSourceSourceParam"]

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


CreateEvalJsonlRunDataSourceSourceParam: TypeAlias = (
    EvalJsonlFileContentSourceParam
    | EvalJsonlFileContentSource
    | EvalJsonlFileIdSourceParam
    | EvalJsonlFileIdSource
)
"""Request form of :class:`CreateEvalJsonlRunDataSourceSource`: a dict a type checker can check."""
