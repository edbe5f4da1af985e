"""CreateEvalCompletionsRunDataSourceInputMessages."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .create_eval_completions_run_data_source_input_messages_item_reference import (
    CreateEvalCompletionsRunDataSourceInputMessagesItemReference,
)
from .create_eval_completions_run_data_source_input_messages_template import (
    CreateEvalCompletionsRunDataSourceInputMessagesTemplate,
)

__all__ = ["CreateEvalCompletionsRunDataSourceInputMessages"]

CreateEvalCompletionsRunDataSourceInputMessages: TypeAlias = Annotated[
    Union[
        Annotated[
            CreateEvalCompletionsRunDataSourceInputMessagesTemplate,
            Tag("CreateEvalCompletionsRunDataSourceInputMessagesTemplate"),
        ],
        Annotated[
            CreateEvalCompletionsRunDataSourceInputMessagesItemReference,
            Tag("CreateEvalCompletionsRunDataSourceInputMessagesItemReference"),
        ],
        Annotated[UnknownVariant, Tag("UnknownVariant")],
    ],
    tagged(
        "type",
        {
            "template": "CreateEvalCompletionsRunDataSourceInputMessagesTemplate",
            "item_reference": "CreateEvalCompletionsRunDataSourceInputMessagesItemReference",
        },
    ),
]
"""Used when sampling from a model. Dictates the structure of the messages passed into the model. Can either be a reference to a prebuilt trajectory (ie, `item.input_trajectory`), or a template with variable references to the `item` namespace."""
