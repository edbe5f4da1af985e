"""CreateMessageRequestAttachmentsArrayItemToolsItem."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .assistant_tools_code import AssistantToolsCode, AssistantToolsCodeParam
from .assistant_tools_file_search_type_only import (
    AssistantToolsFileSearchTypeOnly,
    AssistantToolsFileSearchTypeOnlyParam,
)

__all__ = [
    "CreateMessageRequestAttachmentsArrayItemToolsItem",
    "CreateMessageRequestAttachmentsArrayItemToolsItemParam",
]

CreateMessageRequestAttachmentsArrayItemToolsItem: TypeAlias = Annotated[
    Union[
        Annotated[AssistantToolsCode, Tag("AssistantToolsCode")],
        Annotated[AssistantToolsFileSearchTypeOnly, Tag("AssistantToolsFileSearchTypeOnly")],
        Annotated[UnknownVariant, Tag("UnknownVariant")],
    ],
    tagged(
        "type",
        {
            "code_interpreter": "AssistantToolsCode",
            "file_search": "AssistantToolsFileSearchTypeOnly",
        },
    ),
]


CreateMessageRequestAttachmentsArrayItemToolsItemParam: TypeAlias = (
    AssistantToolsCodeParam
    | AssistantToolsCode
    | AssistantToolsFileSearchTypeOnlyParam
    | AssistantToolsFileSearchTypeOnly
)
"""Request form of :class:`CreateMessageRequestAttachmentsArrayItemToolsItem`: a dict a type checker can check."""
