"""Paths → operations grouped into API classes; security schemes; servers.

:class:`~generator.ir.operations.builder.OperationBuilder` ties the concerns together: parameters,
request bodies, responses, security, servers, streaming and pagination each have a module.
"""

from __future__ import annotations

from generator.ir.operations.builder import HTTP_METHODS, OperationBuilder
from generator.ir.operations.content import content_kind
from generator.ir.operations.pagination import detect_pagination
from generator.ir.operations.weights import OperationWeights

__all__ = ["HTTP_METHODS", "OperationBuilder", "OperationWeights", "content_kind", "detect_pagination"]
