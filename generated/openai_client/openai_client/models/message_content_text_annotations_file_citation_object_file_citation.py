"""MessageContentTextAnnotationsFileCitationObjectFileCitation."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["MessageContentTextAnnotationsFileCitationObjectFileCitation"]


class MessageContentTextAnnotationsFileCitationObjectFileCitation(OagenModel):
    """MessageContentTextAnnotationsFileCitationObjectFileCitation"""

    file_id: str
    """The ID of the specific File the citation is from."""
