"""GraderStringCheck."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["GraderStringCheck", "GraderStringCheckParam"]


class GraderStringCheck(OagenModel):
    """A StringCheckGrader object that performs a string comparison between input and reference using a specified operation."""

    type: Literal["string_check"]
    """The object type, which is always `string_check`."""

    name: str
    """The name of the grader."""

    input: str
    """The input text. This may include template strings."""

    reference: str
    """The reference text. This may include template strings."""

    operation: Literal["eq", "ne", "like", "ilike"] | str
    """The string check operation to perform. One of `eq`, `ne`, `like`, or `ilike`."""


class GraderStringCheckParam(TypedDict, total=False):
    """Request form of :class:`GraderStringCheck`: a dict a type checker can check."""

    type: Required[Literal["string_check"]]
    """The object type, which is always `string_check`."""

    name: Required[str]
    """The name of the grader."""

    input: Required[str]
    """The input text. This may include template strings."""

    reference: Required[str]
    """The reference text. This may include template strings."""

    operation: Required[Literal["eq", "ne", "like", "ilike"]]
    """The string check operation to perform. One of `eq`, `ne`, `like`, or `ilike`."""
