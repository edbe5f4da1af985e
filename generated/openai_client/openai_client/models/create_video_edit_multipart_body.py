"""CreateVideoEditMultipartBody."""

from __future__ import annotations

from .._models import OagenModel
from .video_reference_input_param import VideoReferenceInputParam

__all__ = ["CreateVideoEditMultipartBody"]


class CreateVideoEditMultipartBody(OagenModel):
    """Parameters for editing an existing generated video."""

    video: bytes | VideoReferenceInputParam

    prompt: str
    """Text prompt that describes how to edit the source video."""
