"""CreateEvalRequestDataSourceConfig."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .create_eval_custom_data_source_config import (
    CreateEvalCustomDataSourceConfig,
    CreateEvalCustomDataSourceConfigParam,
)
from .create_eval_logs_data_source_config import (
    CreateEvalLogsDataSourceConfig,
    CreateEvalLogsDataSourceConfigParam,
)
from .create_eval_stored_completions_data_source_config import (
    CreateEvalStoredCompletionsDataSourceConfig,
    CreateEvalStoredCompletionsDataSourceConfigParam,
)

__all__ = ["CreateEvalRequestDataSourceConfig", "CreateEvalRequestDataSourceConfigParam"]

CreateEvalRequestDataSourceConfig: TypeAlias = Annotated[
    Union[
        Annotated[CreateEvalCustomDataSourceConfig, Tag("CreateEvalCustomDataSourceConfig")],
        Annotated[CreateEvalLogsDataSourceConfig, Tag("CreateEvalLogsDataSourceConfig")],
        Annotated[
            CreateEvalStoredCompletionsDataSourceConfig,
            Tag("CreateEvalStoredCompletionsDataSourceConfig"),
        ],
        Annotated[UnknownVariant, Tag("UnknownVariant")],
    ],
    tagged(
        "type",
        {
            "custom": "CreateEvalCustomDataSourceConfig",
            "logs": "CreateEvalLogsDataSourceConfig",
            "stored_completions": "CreateEvalStoredCompletionsDataSourceConfig",
        },
    ),
]
"""The configuration for the data source used for the evaluation runs. Dictates the schema of the data used in the evaluation."""


CreateEvalRequestDataSourceConfigParam: TypeAlias = (
    CreateEvalCustomDataSourceConfigParam
    | CreateEvalCustomDataSourceConfig
    | CreateEvalLogsDataSourceConfigParam
    | CreateEvalLogsDataSourceConfig
    | CreateEvalStoredCompletionsDataSourceConfigParam
    | CreateEvalStoredCompletionsDataSourceConfig
)
"""Request form of :class:`CreateEvalRequestDataSourceConfig`: a dict a type checker can check."""
