"""CreateEvalRunRequestDataSource."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .create_eval_completions_run_data_source import (
    CreateEvalCompletionsRunDataSource,
    CreateEvalCompletionsRunDataSourceParam,
)
from .create_eval_jsonl_run_data_source import (
    CreateEvalJsonlRunDataSource,
    CreateEvalJsonlRunDataSourceParam,
)
from .create_eval_responses_run_data_source import (
    CreateEvalResponsesRunDataSource,
    CreateEvalResponsesRunDataSourceParam,
)

__all__ = ["CreateEvalRunRequestDataSource", "CreateEvalRunRequestDataSourceParam"]

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


CreateEvalRunRequestDataSourceParam: TypeAlias = (
    CreateEvalJsonlRunDataSourceParam
    | CreateEvalJsonlRunDataSource
    | CreateEvalCompletionsRunDataSourceParam
    | CreateEvalCompletionsRunDataSource
    | CreateEvalResponsesRunDataSourceParam
    | CreateEvalResponsesRunDataSource
)
"""Request form of :class:`CreateEvalRunRequestDataSource`: a dict a type checker can check."""
