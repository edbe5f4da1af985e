"""CreateEvalResponsesRunDataSourceSource."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .eval_jsonl_file_content_source import (
    EvalJsonlFileContentSource,
    EvalJsonlFileContentSourceParam,
)
from .eval_jsonl_file_id_source import EvalJsonlFileIdSource, EvalJsonlFileIdSourceParam
from .eval_responses_source import EvalResponsesSource, EvalResponsesSourceParam

__all__ = ["CreateEvalResponsesRunDataSourceSource", "CreateEvalResponsesRunDataSourceSourceParam"]

CreateEvalResponsesRunDataSourceSource: TypeAlias = Annotated[
    Union[
        Annotated[EvalJsonlFileContentSource, Tag("EvalJsonlFileContentSource")],
        Annotated[EvalJsonlFileIdSource, Tag("EvalJsonlFileIdSource")],
        Annotated[EvalResponsesSource, Tag("EvalResponsesSource")],
        Annotated[UnknownVariant, Tag("UnknownVariant")],
    ],
    tagged(
        "type",
        {
            "file_content": "EvalJsonlFileContentSource",
            "file_id": "EvalJsonlFileIdSource",
            "responses": "EvalResponsesSource",
        },
    ),
]
"""Determines what populates the `item` namespace in this run's data source."""


CreateEvalResponsesRunDataSourceSourceParam: TypeAlias = (
    EvalJsonlFileContentSourceParam
    | EvalJsonlFileContentSource
    | EvalJsonlFileIdSourceParam
    | EvalJsonlFileIdSource
    | EvalResponsesSourceParam
    | EvalResponsesSource
)
"""Request form of :class:`CreateEvalResponsesRunDataSourceSource`: a dict a type checker can check."""
