"""ModifyAssistantRequestToolResourcesVariant1CodeInterpreter."""

from __future__ import annotations

from collections.abc import Sequence

from typing_extensions import TypedDict

from .._models import OagenModel

__all__ = [
    "ModifyAssistantRequestToolResourcesVariant1CodeInterpreter",
    "ModifyAssistantRequestToolResourcesVariant1CodeInterpreterParam",
]


class ModifyAssistantRequestToolResourcesVariant1CodeInterpreter(OagenModel):
    """ModifyAssistantRequestToolResourcesVariant1CodeInterpreter"""

    file_ids: list[str] | None = None
    """Overrides the list of [file](/docs/api-reference/files) IDs made available to the `code_interpreter` tool. There can be a maximum of 20 files associated with the tool.

    Server default: ``[]``."""


class ModifyAssistantRequestToolResourcesVariant1CodeInterpreterParam(TypedDict, total=False):
    """Request form of :class:`ModifyAssistantRequestToolResourcesVariant1CodeInterpreter`: a dict a type checker can check."""

    file_ids: Sequence[str]
    """Overrides the list of [file](/docs/api-reference/files) IDs made available to the `code_interpreter` tool. There can be a maximum of 20 files associated with the tool."""
