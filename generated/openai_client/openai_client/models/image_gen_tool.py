"""ImageGenTool."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .image_gen_action_enum import ImageGenActionEnum
from .image_gen_tool_input_image_mask import (
    ImageGenToolInputImageMask,
    ImageGenToolInputImageMaskParam,
)
from .input_fidelity import InputFidelity

__all__ = ["ImageGenTool", "ImageGenToolParam"]


class ImageGenTool(OagenModel):
    """A tool that generates images using the GPT image models."""

    type: Literal["image_generation"]
    """The type of the image generation tool. Always `image_generation`."""

    model: Literal["gpt-image-1", "gpt-image-1-mini", "gpt-image-1.5"] | str | None = None

    quality: Literal["low", "medium", "high", "auto"] | str | None = None
    """The quality of the generated image. One of `low`, `medium`, `high`,
    or `auto`. Default: `auto`.

    Server default: ``"auto"``."""

    size: Literal["1024x1024", "1024x1536", "1536x1024", "auto"] | str | None = None
    """The size of the generated images. For `gpt-image-2` and `gpt-image-2-2026-04-21`, arbitrary resolutions are supported as `WIDTHxHEIGHT` strings, for example `1536x864`. Width and height must both be divisible by 16 and the requested aspect ratio must be between 1:3 and 3:1. Resolutions above `2560x1440` are experimental, and the maximum supported resolution is `3840x2160`. The requested size must also satisfy the model's current pixel and edge limits. The standard sizes `1024x1024`, `1536x1024`, and `1024x1536` are supported by the GPT image models; `auto` is supported for models that allow automatic sizing. For `dall-e-2`, use one of `256x256`, `512x512`, or `1024x1024`. For `dall-e-3`, use one of `1024x1024`, `1792x1024`, or `1024x1792`.

    Server default: ``"auto"``."""

    output_format: Literal["png", "webp", "jpeg"] | str | None = None
    """The output format of the generated image. One of `png`, `webp`, or
    `jpeg`. Default: `png`.

    Server default: ``"png"``."""

    output_compression: int | None = None
    """Compression level for the output image. Default: 100.

    Server default: ``100``."""

    moderation: Literal["auto", "low"] | str | None = None
    """Moderation level for the generated image. Default: `auto`.

    Server default: ``"auto"``."""

    background: Literal["transparent", "opaque", "auto"] | str | None = None
    """Background type for the generated image. One of `transparent`,
    `opaque`, or `auto`. Default: `auto`.

    Server default: ``"auto"``."""

    input_fidelity: InputFidelity | str | None = None

    input_image_mask: ImageGenToolInputImageMask | None = None
    """Optional mask for inpainting. Contains `image_url`
    (string, optional) and `file_id` (string, optional)."""

    partial_images: int | None = None
    """Number of partial images to generate in streaming mode, from 0 (default value) to 3.

    Server default: ``0``."""

    action: ImageGenActionEnum | str | None = None
    """Whether to generate a new image or edit an existing image. Default: `auto`."""


class ImageGenToolParam(TypedDict, total=False):
    """Request form of :class:`ImageGenTool`: a dict a type checker can check."""

    type: Required[Literal["image_generation"]]
    """The type of the image generation tool. Always `image_generation`."""

    model: str | Literal["gpt-image-1", "gpt-image-1-mini", "gpt-image-1.5"]

    quality: Literal["low", "medium", "high", "auto"]
    """The quality of the generated image. One of `low`, `medium`, `high`,
    or `auto`. Default: `auto`."""

    size: str | Literal["1024x1024", "1024x1536", "1536x1024", "auto"]
    """The size of the generated images. For `gpt-image-2` and `gpt-image-2-2026-04-21`, arbitrary resolutions are supported as `WIDTHxHEIGHT` strings, for example `1536x864`. Width and height must both be divisible by 16 and the requested aspect ratio must be between 1:3 and 3:1. Resolutions above `2560x1440` are experimental, and the maximum supported resolution is `3840x2160`. The requested size must also satisfy the model's current pixel and edge limits. The standard sizes `1024x1024`, `1536x1024`, and `1024x1536` are supported by the GPT image models; `auto` is supported for models that allow automatic sizing. For `dall-e-2`, use one of `256x256`, `512x512`, or `1024x1024`. For `dall-e-3`, use one of `1024x1024`, `1792x1024`, or `1024x1792`."""

    output_format: Literal["png", "webp", "jpeg"]
    """The output format of the generated image. One of `png`, `webp`, or
    `jpeg`. Default: `png`."""

    output_compression: int
    """Compression level for the output image. Default: 100."""

    moderation: Literal["auto", "low"]
    """Moderation level for the generated image. Default: `auto`."""

    background: Literal["transparent", "opaque", "auto"]
    """Background type for the generated image. One of `transparent`,
    `opaque`, or `auto`. Default: `auto`."""

    input_fidelity: InputFidelity | None

    input_image_mask: ImageGenToolInputImageMaskParam | ImageGenToolInputImageMask
    """Optional mask for inpainting. Contains `image_url`
    (string, optional) and `file_id` (string, optional)."""

    partial_images: int
    """Number of partial images to generate in streaming mode, from 0 (default value) to 3."""

    action: ImageGenActionEnum
    """Whether to generate a new image or edit an existing image. Default: `auto`."""
