"""CreateModerationResponseResultsItemCategoryAppliedInputTypes."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from .._models import OagenModel

__all__ = ["CreateModerationResponseResultsItemCategoryAppliedInputTypes"]


class CreateModerationResponseResultsItemCategoryAppliedInputTypes(OagenModel):
    """A list of the categories along with the input type(s) that the score applies to."""

    hate: list[Literal["text"]]
    """The applied input type(s) for the category 'hate'."""

    hate_threatening: list[Literal["text"]] = Field(
        validation_alias="hate/threatening", serialization_alias="hate/threatening"
    )
    """The applied input type(s) for the category 'hate/threatening'."""

    harassment: list[Literal["text"]]
    """The applied input type(s) for the category 'harassment'."""

    harassment_threatening: list[Literal["text"]] = Field(
        validation_alias="harassment/threatening", serialization_alias="harassment/threatening"
    )
    """The applied input type(s) for the category 'harassment/threatening'."""

    illicit: list[Literal["text"]]
    """The applied input type(s) for the category 'illicit'."""

    illicit_violent: list[Literal["text"]] = Field(
        validation_alias="illicit/violent", serialization_alias="illicit/violent"
    )
    """The applied input type(s) for the category 'illicit/violent'."""

    self_harm: list[Literal["text", "image"] | str] = Field(
        validation_alias="self-harm", serialization_alias="self-harm"
    )
    """The applied input type(s) for the category 'self-harm'."""

    self_harm_intent: list[Literal["text", "image"] | str] = Field(
        validation_alias="self-harm/intent", serialization_alias="self-harm/intent"
    )
    """The applied input type(s) for the category 'self-harm/intent'."""

    self_harm_instructions: list[Literal["text", "image"] | str] = Field(
        validation_alias="self-harm/instructions", serialization_alias="self-harm/instructions"
    )
    """The applied input type(s) for the category 'self-harm/instructions'."""

    sexual: list[Literal["text", "image"] | str]
    """The applied input type(s) for the category 'sexual'."""

    sexual_minors: list[Literal["text"]] = Field(
        validation_alias="sexual/minors", serialization_alias="sexual/minors"
    )
    """The applied input type(s) for the category 'sexual/minors'."""

    violence: list[Literal["text", "image"] | str]
    """The applied input type(s) for the category 'violence'."""

    violence_graphic: list[Literal["text", "image"] | str] = Field(
        validation_alias="violence/graphic", serialization_alias="violence/graphic"
    )
    """The applied input type(s) for the category 'violence/graphic'."""
