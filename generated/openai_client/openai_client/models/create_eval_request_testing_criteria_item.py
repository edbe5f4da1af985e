"""CreateEvalRequestTestingCriteriaItem."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .create_eval_label_model_grader import (
    CreateEvalLabelModelGrader,
    CreateEvalLabelModelGraderParam,
)
from .eval_grader_python import EvalGraderPython, EvalGraderPythonParam
from .eval_grader_score_model import EvalGraderScoreModel, EvalGraderScoreModelParam
from .eval_grader_string_check import EvalGraderStringCheck, EvalGraderStringCheckParam
from .eval_grader_text_similarity import EvalGraderTextSimilarity, EvalGraderTextSimilarityParam

__all__ = ["CreateEvalRequestTestingCriteriaItem", "CreateEvalRequestTestingCriteriaItemParam"]

CreateEvalRequestTestingCriteriaItem: TypeAlias = Annotated[
    Union[
        Annotated[CreateEvalLabelModelGrader, Tag("CreateEvalLabelModelGrader")],
        Annotated[EvalGraderStringCheck, Tag("EvalGraderStringCheck")],
        Annotated[EvalGraderTextSimilarity, Tag("EvalGraderTextSimilarity")],
        Annotated[EvalGraderPython, Tag("EvalGraderPython")],
        Annotated[EvalGraderScoreModel, Tag("EvalGraderScoreModel")],
        Annotated[UnknownVariant, Tag("UnknownVariant")],
    ],
    tagged(
        "type",
        {
            "label_model": "CreateEvalLabelModelGrader",
            "string_check": "EvalGraderStringCheck",
            "text_similarity": "EvalGraderTextSimilarity",
            "python": "EvalGraderPython",
            "score_model": "EvalGraderScoreModel",
        },
    ),
]


CreateEvalRequestTestingCriteriaItemParam: TypeAlias = (
    CreateEvalLabelModelGraderParam
    | CreateEvalLabelModelGrader
    | EvalGraderStringCheckParam
    | EvalGraderTextSimilarityParam
    | EvalGraderTextSimilarity
    | EvalGraderPythonParam
    | EvalGraderPython
    | EvalGraderScoreModelParam
    | EvalGraderScoreModel
)
"""Request form of :class:`CreateEvalRequestTestingCriteriaItem`: a dict a type checker can check."""
