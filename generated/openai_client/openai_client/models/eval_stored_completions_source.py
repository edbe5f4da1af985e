"""EvalStoredCompletionsSource."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .metadata import Metadata

__all__ = ["EvalStoredCompletionsSource", "EvalStoredCompletionsSourceParam"]


class EvalStoredCompletionsSource(OagenModel):
    """A StoredCompletionsRunDataSource configuration describing a set of filters"""

    type: Literal["stored_completions"]
    """The type of source. Always `stored_completions`.

    Server default: ``"stored_completions"``."""

    metadata: Metadata | None = None

    model: str | None = None

    created_after: int | None = None

    created_before: int | None = None

    limit: int | None = None


class EvalStoredCompletionsSourceParam(TypedDict, total=False):
    """Request form of :class:`EvalStoredCompletionsSource`: a dict a type checker can check."""

    type: Required[Literal["stored_completions"]]
    """The type of source. Always `stored_completions`."""

    metadata: Metadata

    model: str | None

    created_after: int | None

    created_before: int | None

    limit: int | None
