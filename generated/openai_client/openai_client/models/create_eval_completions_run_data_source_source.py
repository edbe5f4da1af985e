"""CreateEvalCompletionsRunDataSourceSource."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .eval_jsonl_file_content_source import (
    EvalJsonlFileContentSource,
    EvalJsonlFileContentSourceParam,
)
from .eval_jsonl_file_id_source import EvalJsonlFileIdSource, EvalJsonlFileIdSourceParam
from .eval_stored_completions_source import (
    EvalStoredCompletionsSource,
    EvalStoredCompletionsSourceParam,
)

__all__ = [
    "CreateEvalCompletionsRunDataSourceSource",
    "CreateEvalCompletionsRunDataSourceSourceParam",
]

CreateEvalCompletionsRunDataSourceSource: TypeAlias = Annotated[
    Union[
        Annotated[EvalJsonlFileContentSource, Tag("EvalJsonlFileContentSource")],
        Annotated[EvalJsonlFileIdSource, Tag("EvalJsonlFileIdSource")],
        Annotated[EvalStoredCompletionsSource, Tag("EvalStoredCompletionsSource")],
        Annotated[UnknownVariant, Tag("UnknownVariant")],
    ],
    tagged(
        "type",
        {
            "file_content": "EvalJsonlFileContentSource",
            "file_id": "EvalJsonlFileIdSource",
            "stored_completions": "EvalStoredCompletionsSource",
        },
    ),
]
"""Determines what populates the `item` namespace in this run's data source."""


CreateEvalCompletionsRunDataSourceSourceParam: TypeAlias = (
    EvalJsonlFileContentSourceParam
    | EvalJsonlFileContentSource
    | EvalJsonlFileIdSourceParam
    | EvalJsonlFileIdSource
    | EvalStoredCompletionsSourceParam
    | EvalStoredCompletionsSource
)
"""Request form of :class:`CreateEvalCompletionsRunDataSourceSource`: a dict a type checker can check."""
