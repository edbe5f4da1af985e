"""EditImageBodyJsonParam."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .image_ref_param import ImageRefParam
from .partial_images import PartialImages

__all__ = ["EditImageBodyJsonParam"]


class EditImageBodyJsonParam(OagenModel):
    """JSON request body for image edits.

    Use `images` (array of `ImageRefParam`) instead of multipart `image` uploads.
    You can reference images via external URLs, data URLs, or uploaded file IDs.
    JSON edits support GPT image models only; DALL-E edits require multipart (`dall-e-2` only)."""

    model: (
        Literal["gpt-image-1.5", "gpt-image-1", "gpt-image-1-mini", "chatgpt-image-latest"]
        | str
        | None
    ) = None
    """The model to use for image editing.

    Server default: ``"gpt-image-1.5"``."""

    images: list[ImageRefParam]
    """Input image references to edit.
    For GPT image models, you can provide up to 16 images."""

    mask: ImageRefParam | None = None

    prompt: str
    """A text description of the desired image edit."""

    n: int | None = None
    """The number of edited images to generate.

    Server default: ``1``."""

    quality: Literal["low", "medium", "high", "auto"] | str | None = None
    """Output quality for GPT image models.

    Server default: ``"auto"``."""

    input_fidelity: Literal["high", "low"] | str | None = None
    """Controls fidelity to the original input image(s)."""

    size: Literal["auto", "1024x1024", "1536x1024", "1024x1536"] | str | None = None
    """Requested output image size.

    Server default: ``"auto"``."""

    user: str | None = None
    """A unique identifier representing your end-user, which can help OpenAI
    monitor and detect abuse."""

    output_format: Literal["png", "jpeg", "webp"] | str | None = None
    """Output image format. Supported for GPT image models.

    Server default: ``"png"``."""

    output_compression: int | None = None
    """Compression level for `jpeg` or `webp` output."""

    moderation: Literal["low", "auto"] | str | None = None
    """Moderation level for GPT image models.

    Server default: ``"auto"``."""

    background: Literal["transparent", "opaque", "auto"] | str | None = None
    """Background behavior for generated image output.

    Server default: ``"auto"``."""

    stream: bool | None = None
    """Stream partial image results as events.

    Server default: ``False``."""

    partial_images: PartialImages | None = None
