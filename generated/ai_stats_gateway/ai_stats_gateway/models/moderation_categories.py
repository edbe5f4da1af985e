"""ModerationCategories."""

from __future__ import annotations

from pydantic import Field

from .._models import OagenModel

__all__ = ["ModerationCategories"]


class ModerationCategories(OagenModel):
    """ModerationCategories"""

    hate: bool | None = None

    hate_threatening: bool | None = Field(
        default=None, validation_alias="hate/threatening", serialization_alias="hate/threatening"
    )

    harassment: bool | None = None

    harassment_threatening: bool | None = Field(
        default=None,
        validation_alias="harassment/threatening",
        serialization_alias="harassment/threatening",
    )

    self_harm: bool | None = Field(
        default=None, validation_alias="self-harm", serialization_alias="self-harm"
    )

    self_harm_intent: bool | None = Field(
        default=None, validation_alias="self-harm/intent", serialization_alias="self-harm/intent"
    )

    self_harm_instructions: bool | None = Field(
        default=None,
        validation_alias="self-harm/instructions",
        serialization_alias="self-harm/instructions",
    )

    sexual: bool | None = None

    sexual_minors: bool | None = Field(
        default=None, validation_alias="sexual/minors", serialization_alias="sexual/minors"
    )

    violence: bool | None = None

    violence_graphic: bool | None = Field(
        default=None, validation_alias="violence/graphic", serialization_alias="violence/graphic"
    )
