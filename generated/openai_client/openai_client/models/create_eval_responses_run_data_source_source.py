"""CreateEvalResponsesRunDataSourceSource."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .eval_jsonl_file_content_source import EvalJsonlFileContentSource
from .eval_jsonl_file_id_source import EvalJsonlFileIdSource
from .eval_responses_source import EvalResponsesSource

__all__ = ["CreateEvalResponsesRunDataSourceSource"]

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
