"""OutputMessageContent."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .output_text_content import OutputTextContent, OutputTextContentParam
from .refusal_content import RefusalContent, RefusalContentParam

__all__ = ["OutputMessageContent", "OutputMessageContentParam"]

OutputMessageContent: TypeAlias = Annotated[
    Union[
        Annotated[OutputTextContent, Tag("OutputTextContent")],
        Annotated[RefusalContent, Tag("RefusalContent")],
        Annotated[UnknownVariant, Tag("UnknownVariant")],
    ],
    tagged("type", {"output_text": "OutputTextContent", "refusal": "RefusalContent"}),
]


OutputMessageContentParam: TypeAlias = (
    OutputTextContentParam | OutputTextContent | RefusalContentParam | RefusalContent
)
"""Request form of :class:`OutputMessageContent`: a dict a type checker can check."""
