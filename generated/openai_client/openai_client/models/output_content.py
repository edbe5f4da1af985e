"""OutputContent."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .output_text_content import OutputTextContent
from .reasoning_text_content import ReasoningTextContent
from .refusal_content import RefusalContent

__all__ = ["OutputContent"]

OutputContent: TypeAlias = Annotated[
    Union[
        Annotated[OutputTextContent, Tag("OutputTextContent")],
        Annotated[RefusalContent, Tag("RefusalContent")],
        Annotated[ReasoningTextContent, Tag("ReasoningTextContent")],
        Annotated[UnknownVariant, Tag("UnknownVariant")],
    ],
    tagged(
        "type",
        {
            "output_text": "OutputTextContent",
            "refusal": "RefusalContent",
            "reasoning_text": "ReasoningTextContent",
        },
    ),
]
