"""CreateThreadRequestToolResourcesVariant1CodeInterpreter."""

from __future__ import annotations

from collections.abc import Sequence

from typing_extensions import TypedDict

from .._models import OagenModel

__all__ = [
    "CreateThreadRequestToolResourcesVariant1CodeInterpreter",
    "CreateThreadRequestToolResourcesVariant1CodeInterpreterParam",
]


class CreateThreadRequestToolResourcesVariant1CodeInterpreter(OagenModel):
    """CreateThreadRequestToolResourcesVariant1CodeInterpreter"""

    file_ids: list[str] | None = None
    """A list of [file](/docs/api-reference/files) IDs made available to the `code_interpreter` tool. There can be a maximum of 20 files associated with the tool.

    Server default: ``[]``."""


class CreateThreadRequestToolResourcesVariant1CodeInterpreterParam(TypedDict, total=False):
    """Request form of :class:`CreateThreadRequestToolResourcesVariant1CodeInterpreter`: a dict a type checker can check."""

    file_ids: Sequence[str]
    """A list of [file](/docs/api-reference/files) IDs made available to the `code_interpreter` tool. There can be a maximum of 20 files associated with the tool."""
