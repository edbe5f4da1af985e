"""CreateAssistantRequestToolsItem."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .assistant_tools_code import AssistantToolsCode, AssistantToolsCodeParam
from .assistant_tools_file_search import AssistantToolsFileSearch, AssistantToolsFileSearchParam
from .assistant_tools_function import AssistantToolsFunction, AssistantToolsFunctionParam

__all__ = ["CreateAssistantRequestToolsItem", "CreateAssistantRequestToolsItemParam"]

CreateAssistantRequestToolsItem: TypeAlias = Annotated[
    Union[
        Annotated[AssistantToolsCode, Tag("AssistantToolsCode")],
        Annotated[AssistantToolsFileSearch, Tag("AssistantToolsFileSearch")],
        Annotated[AssistantToolsFunction, Tag("AssistantToolsFunction")],
        Annotated[UnknownVariant, Tag("UnknownVariant")],
    ],
    tagged(
        "type",
        {
            "code_interpreter": "AssistantToolsCode",
            "file_search": "AssistantToolsFileSearch",
            "function": "AssistantToolsFunction",
        },
    ),
]


CreateAssistantRequestToolsItemParam: TypeAlias = (
    AssistantToolsCodeParam
    | AssistantToolsCode
    | AssistantToolsFileSearchParam
    | AssistantToolsFileSearch
    | AssistantToolsFunctionParam
    | AssistantToolsFunction
)
"""Request form of :class:`CreateAssistantRequestToolsItem`: a dict a type checker can check."""
