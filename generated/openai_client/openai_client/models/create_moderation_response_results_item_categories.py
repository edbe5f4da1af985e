"""CreateModerationResponseResultsItemCategories."""

from __future__ import annotations

from pydantic import Field

from .._models import OagenModel

__all__ = ["CreateModerationResponseResultsItemCategories"]


class CreateModerationResponseResultsItemCategories(OagenModel):
    """A list of the categories, and whether they are flagged or not."""

    hate: bool
    """Content that expresses, incites, or promotes hate based on race, gender, ethnicity, religion, nationality, sexual orientation, disability status, or caste. Hateful content aimed at non-protected groups (e.g., chess players) is harassment."""

    hate_threatening: bool = Field(
        validation_alias="hate/threatening", serialization_alias="hate/threatening"
    )
    """Hateful content that also includes violence or serious harm towards the targeted group based on race, gender, ethnicity, religion, nationality, sexual orientation, disability status, or caste."""

    harassment: bool
    """Content that expresses, incites, or promotes harassing language towards any target."""

    harassment_threatening: bool = Field(
        validation_alias="harassment/threatening", serialization_alias="harassment/threatening"
    )
    """Harassment content that also includes violence or serious harm towards any target."""

    illicit: bool | None

    illicit_violent: bool | None = Field(
        validation_alias="illicit/violent", serialization_alias="illicit/violent"
    )

    self_harm: bool = Field(validation_alias="self-harm", serialization_alias="self-harm")
    """Content that promotes, encourages, or depicts acts of self-harm, such as suicide, cutting, and eating disorders."""

    self_harm_intent: bool = Field(
        validation_alias="self-harm/intent", serialization_alias="self-harm/intent"
    )
    """Content where the speaker expresses that they are engaging or intend to engage in acts of self-harm, such as suicide, cutting, and eating disorders."""

    self_harm_instructions: bool = Field(
        validation_alias="self-harm/instructions", serialization_alias="self-harm/instructions"
    )
    """Content that encourages performing acts of self-harm, such as suicide, cutting, and eating disorders, or that gives instructions or advice on how to commit such acts."""

    sexual: bool
    """Content meant to arouse sexual excitement, such as the description of sexual activity, or that promotes sexual services (excluding sex education and wellness)."""

    sexual_minors: bool = Field(
        validation_alias="sexual/minors", serialization_alias="sexual/minors"
    )
    """Sexual content that includes an individual who is under 18 years old."""

    violence: bool
    """Content that depicts death, violence, or physical injury."""

    violence_graphic: bool = Field(
        validation_alias="violence/graphic", serialization_alias="violence/graphic"
    )
    """Content that depicts death, violence, or physical injury in graphic detail."""
