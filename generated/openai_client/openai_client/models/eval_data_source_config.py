"""EvalDataSourceConfig."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .eval_custom_data_source_config import EvalCustomDataSourceConfig
from .eval_logs_data_source_config import EvalLogsDataSourceConfig
from .eval_stored_completions_data_source_config import EvalStoredCompletionsDataSourceConfig

__all__ = ["EvalDataSourceConfig"]

EvalDataSourceConfig: TypeAlias = Annotated[
    Union[
        Annotated[EvalCustomDataSourceConfig, Tag("EvalCustomDataSourceConfig")],
        Annotated[EvalLogsDataSourceConfig, Tag("EvalLogsDataSourceConfig")],
        Annotated[
            EvalStoredCompletionsDataSourceConfig, Tag("EvalStoredCompletionsDataSourceConfig")
        ],
        Annotated[UnknownVariant, Tag("UnknownVariant")],
    ],
    tagged(
        "type",
        {
            "custom": "EvalCustomDataSourceConfig",
            "logs": "EvalLogsDataSourceConfig",
            "stored_completions": "EvalStoredCompletionsDataSourceConfig",
        },
    ),
]
"""Configuration of data sources used in runs of the evaluation."""
