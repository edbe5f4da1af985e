"""AssistantObjectToolResourcesVariant1CodeInterpreter."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["AssistantObjectToolResourcesVariant1CodeInterpreter"]


class AssistantObjectToolResourcesVariant1CodeInterpreter(OagenModel):
    """AssistantObjectToolResourcesVariant1CodeInterpreter"""

    file_ids: list[str] | None = None
    """A list of [file](/docs/api-reference/files) IDs made available to the `code_interpreter`` tool. There can be a maximum of 20 files associated with the tool.

    Server default: ``[]``."""
