"""CreateEvalCompletionsRunDataSourceInputMessages."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .create_eval_completions_run_data_source_input_messages_item_reference import (
    CreateEvalCompletionsRunDataSourceInputMessagesItemReference,
    CreateEvalCompletionsRunDataSourceInputMessagesItemReferenceParam,
)
from .create_eval_completions_run_data_source_input_messages_template import (
    CreateEvalCompletionsRunDataSourceInputMessagesTemplate,
    CreateEvalCompletionsRunDataSourceInputMessagesTemplateParam,
)

__all__ = [
    "CreateEvalCompletionsRunDataSourceInputMessages",
    "CreateEvalCompletionsRunDataSourceInputMessagesParam",
]

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


CreateEvalCompletionsRunDataSourceInputMessagesParam: TypeAlias = (
    CreateEvalCompletionsRunDataSourceInputMessagesTemplateParam
    | CreateEvalCompletionsRunDataSourceInputMessagesTemplate
    | CreateEvalCompletionsRunDataSourceInputMessagesItemReferenceParam
    | CreateEvalCompletionsRunDataSourceInputMessagesItemReference
)
"""Request form of :class:`CreateEvalCompletionsRunDataSourceInputMessages`: a dict a type checker can check."""
