"""CreateEvalResponsesRunDataSourceInputMessages."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .create_eval_responses_run_data_source_input_messages_item_reference import (
    CreateEvalResponsesRunDataSourceInputMessagesItemReference,
    CreateEvalResponsesRunDataSourceInputMessagesItemReferenceParam,
)
from .create_eval_responses_run_data_source_input_messages_template import (
    CreateEvalResponsesRunDataSourceInputMessagesTemplate,
    CreateEvalResponsesRunDataSourceInputMessagesTemplateParam,
)

__all__ = [
    "CreateEvalResponsesRunDataSourceInputMessages",
    "CreateEvalResponsesRunDataSourceInputMessagesParam",
]

CreateEvalResponsesRunDataSourceInputMessages: TypeAlias = Annotated[
    Union[
        Annotated[
            CreateEvalResponsesRunDataSourceInputMessagesTemplate,
            Tag("CreateEvalResponsesRunDataSourceInputMessagesTemplate"),
        ],
        Annotated[
            CreateEvalResponsesRunDataSourceInputMessagesItemReference,
            Tag("CreateEvalResponsesRunDataSourceInputMessagesItemReference"),
        ],
        Annotated[UnknownVariant, Tag("UnknownVariant")],
    ],
    tagged(
        "type",
        {
            "template": "CreateEvalResponsesRunDataSourceInputMessagesTemplate",
            "item_reference": "CreateEvalResponsesRunDataSourceInputMessagesItemReference",
        },
    ),
]
"""Used when sampling from a model. Dictates the structure of the messages passed into the model. Can either be a reference to a prebuilt trajectory (ie, `item.input_trajectory`), or a template with variable references to the `item` namespace."""


CreateEvalResponsesRunDataSourceInputMessagesParam: TypeAlias = (
    CreateEvalResponsesRunDataSourceInputMessagesTemplateParam
    | CreateEvalResponsesRunDataSourceInputMessagesTemplate
    | CreateEvalResponsesRunDataSourceInputMessagesItemReferenceParam
    | CreateEvalResponsesRunDataSourceInputMessagesItemReference
)
"""Request form of :class:`CreateEvalResponsesRunDataSourceInputMessages`: a dict a type checker can check."""
