"""ChatSessionFileUpload."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["ChatSessionFileUpload"]


class ChatSessionFileUpload(OagenModel):
    """Upload permissions and limits applied to the session."""

    enabled: bool
    """Indicates if uploads are enabled for the session."""

    max_file_size: int | None

    max_files: int | None
