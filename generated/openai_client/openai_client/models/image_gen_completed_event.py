"""ImageGenCompletedEvent."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .images_usage import ImagesUsage

__all__ = ["ImageGenCompletedEvent"]


class ImageGenCompletedEvent(OagenModel):
    """Emitted when image generation has completed and the final image is available."""

    type: Literal["image_generation.completed"]
    """The type of the event. Always `image_generation.completed`."""

    b64_json: str
    """Base64-encoded image data, suitable for rendering as an image."""

    created_at: int
    """The Unix timestamp when the event was created."""

    size: Literal["1024x1024", "1024x1536", "1536x1024", "auto"] | str
    """The size of the generated image."""

    quality: Literal["low", "medium", "high", "auto"] | str
    """The quality setting for the generated image."""

    background: Literal["transparent", "opaque", "auto"] | str
    """The background setting for the generated image."""

    output_format: Literal["png", "webp", "jpeg"] | str
    """The output format for the generated image."""

    usage: ImagesUsage
