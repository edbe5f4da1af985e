"""EvalGraderLabelModel."""

from __future__ import annotations

from typing import TypeAlias

from .grader_label_model import GraderLabelModel

__all__ = ["EvalGraderLabelModel"]

EvalGraderLabelModel: TypeAlias = GraderLabelModel
"""LabelModelGrader"""
