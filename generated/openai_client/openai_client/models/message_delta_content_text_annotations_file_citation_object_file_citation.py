"""MessageDeltaContentTextAnnotationsFileCitationObjectFileCitation."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["MessageDeltaContentTextAnnotationsFileCitationObjectFileCitation"]


class MessageDeltaContentTextAnnotationsFileCitationObjectFileCitation(OagenModel):
    """MessageDeltaContentTextAnnotationsFileCitationObjectFileCitation"""

    file_id: str | None = None
    """The ID of the specific File the citation is from."""

    quote: str | None = None
    """The specific quote in the file."""
