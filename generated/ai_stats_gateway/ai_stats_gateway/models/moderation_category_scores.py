"""ModerationCategoryScores."""

from __future__ import annotations

from pydantic import Field

from .._models import OagenModel

__all__ = ["ModerationCategoryScores"]


class ModerationCategoryScores(OagenModel):
    """ModerationCategoryScores"""

    hate: float | None = None

    hate_threatening: float | None = Field(
        default=None, validation_alias="hate/threatening", serialization_alias="hate/threatening"
    )

    harassment: float | None = None

    harassment_threatening: float | None = Field(
        default=None,
        validation_alias="harassment/threatening",
        serialization_alias="harassment/threatening",
    )

    self_harm: float | None = Field(
        default=None, validation_alias="self-harm", serialization_alias="self-harm"
    )

    self_harm_intent: float | None = Field(
        default=None, validation_alias="self-harm/intent", serialization_alias="self-harm/intent"
    )

    self_harm_instructions: float | None = Field(
        default=None,
        validation_alias="self-harm/instructions",
        serialization_alias="self-harm/instructions",
    )

    sexual: float | None = None

    sexual_minors: float | None = Field(
        default=None, validation_alias="sexual/minors", serialization_alias="sexual/minors"
    )

    violence: float | None = None

    violence_graphic: float | None = Field(
        default=None, validation_alias="violence/graphic", serialization_alias="violence/graphic"
    )
