"""VideoResource."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .error2 import Error2
from .video_model import VideoModel
from .video_size import VideoSize
from .video_status import VideoStatus

__all__ = ["VideoResource"]


class VideoResource(OagenModel):
    """Structured information describing a generated video job."""

    id: str
    """Unique identifier for the video job."""

    object: Literal["video"]
    """The object type, which is always `video`.

    Server default: ``"video"``."""

    model: VideoModel
    """The video generation model that produced the job."""

    status: VideoStatus | str
    """Current lifecycle status of the video job."""

    progress: int
    """Approximate completion percentage for the generation task."""

    created_at: int
    """Unix timestamp (seconds) for when the job was created."""

    completed_at: int | None

    expires_at: int | None

    prompt: str | None

    size: VideoSize | str
    """The resolution of the generated video."""

    seconds: str
    """Duration of the generated clip in seconds. For extensions, this is the stitched total duration."""

    remixed_from_video_id: str | None

    error: Error2 | None
