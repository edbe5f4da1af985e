"""ModifyAssistantRequestToolResourcesVariant1CodeInterpreter."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["ModifyAssistantRequestToolResourcesVariant1CodeInterpreter"]


class ModifyAssistantRequestToolResourcesVariant1CodeInterpreter(OagenModel):
    """ModifyAssistantRequestToolResourcesVariant1CodeInterpreter"""

    file_ids: list[str] | None = None
    """Overrides the list of [file](/docs/api-reference/files) IDs made available to the `code_interpreter` tool. There can be a maximum of 20 files associated with the tool.

    Server default: ``[]``."""
