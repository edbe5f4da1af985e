"""CreateModerationResponseResultsItemCategoryScores."""

from __future__ import annotations

from pydantic import Field

from .._models import OagenModel

__all__ = ["CreateModerationResponseResultsItemCategoryScores"]


class CreateModerationResponseResultsItemCategoryScores(OagenModel):
    """A list of the categories along with their scores as predicted by model."""

    hate: float
    """The score for the category 'hate'."""

    hate_threatening: float = Field(
        validation_alias="hate/threatening", serialization_alias="hate/threatening"
    )
    """The score for the category 'hate/threatening'."""

    harassment: float
    """The score for the category 'harassment'."""

    harassment_threatening: float = Field(
        validation_alias="harassment/threatening", serialization_alias="harassment/threatening"
    )
    """The score for the category 'harassment/threatening'."""

    illicit: float
    """The score for the category 'illicit'."""

    illicit_violent: float = Field(
        validation_alias="illicit/violent", serialization_alias="illicit/violent"
    )
    """The score for the category 'illicit/violent'."""

    self_harm: float = Field(validation_alias="self-harm", serialization_alias="self-harm")
    """The score for the category 'self-harm'."""

    self_harm_intent: float = Field(
        validation_alias="self-harm/intent", serialization_alias="self-harm/intent"
    )
    """The score for the category 'self-harm/intent'."""

    self_harm_instructions: float = Field(
        validation_alias="self-harm/instructions", serialization_alias="self-harm/instructions"
    )
    """The score for the category 'self-harm/instructions'."""

    sexual: float
    """The score for the category 'sexual'."""

    sexual_minors: float = Field(
        validation_alias="sexual/minors", serialization_alias="sexual/minors"
    )
    """The score for the category 'sexual/minors'."""

    violence: float
    """The score for the category 'violence'."""

    violence_graphic: float = Field(
        validation_alias="violence/graphic", serialization_alias="violence/graphic"
    )
    """The score for the category 'violence/graphic'."""
