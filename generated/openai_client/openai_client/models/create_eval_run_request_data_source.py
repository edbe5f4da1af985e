"""CreateEvalRunRequestDataSource."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .create_eval_completions_run_data_source import CreateEvalCompletionsRunDataSource
from .create_eval_jsonl_run_data_source import CreateEvalJsonlRunDataSource
from .create_eval_responses_run_data_source import CreateEvalResponsesRunDataSource

__all__ = ["CreateEvalRunRequestDataSource"]

CreateEvalRunRequestDataSource: TypeAlias = Annotated[
    Union[
        Annotated[CreateEvalJsonlRunDataSource, Tag("CreateEvalJsonlRunDataSource")],
        Annotated[CreateEvalCompletionsRunDataSource, Tag("CreateEvalCompletionsRunDataSource")],
        Annotated[CreateEvalResponsesRunDataSource, Tag("CreateEvalResponsesRunDataSource")],
        Annotated[UnknownVariant, Tag("UnknownVariant")],
    ],
    tagged(
        "type",
        {
            "jsonl": "CreateEvalJsonlRunDataSource",
            "completions": "CreateEvalCompletionsRunDataSource",
            "responses": "CreateEvalResponsesRunDataSource",
        },
    ),
]
"""Details about the run's data source."""
