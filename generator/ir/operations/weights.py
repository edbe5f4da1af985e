"""About how many lines an operation adds to its API module, so the split can weigh groups by
what they will print (:mod:`generator.ir.operations.split`).

The estimate follows the API module template (templates/client/api/group.py.jinja) and black's
layout at line length 100: a module-level builder function, then per flavour (sync, async) each
method of the operation, the call and ``..._with_http_info`` plus ``..._stream``, ``..._iter``,
``..._to_file`` and ``..._iter_bytes`` when it has them.  Every signature repeats the parameters
and every body passes them on, one line each once they do not fit; an annotation too long for one
line takes three (parenthesized) or one line per ``Literal`` value or union member (Graph's OData
``$select`` enums, hundreds of values); an operation with a JSON object body has three signatures
per method (two overloads and the implementation) whose keyword form lists the body's fields.

Measured against the rendered modules over 2,000 lines: Microsoft Graph v1.0's 603 have 0.91 to
1.38 times the estimated lines (median 1.10; one of 3,124 lines has 1.88), OpenAI's 13 have 0.93
to 1.13 times (median 0.98).  The lines a parent spends on its sub-resources' accessors are
:data:`ACCESSOR_LINES` each, counted by the split.
"""

from __future__ import annotations

from collections.abc import Mapping

from generator.ir import model as m

# around the parameters, a signature prints its decorator, ``def``, ``self``, the six request
# options and the return annotation
SIGNATURE_LINES = 12
# a method body: the call to the builder, ``RequestOptions(...)`` and the return
BODY_LINES = 14
# the builder: its signature and ``Call(...)``'s fixed arguments
BUILDER_LINES = 10
# a docstring's summary, ``Args:`` and quotes
DOC_LINES = 4
# what a sub-resource costs its parent's module: its classes named under ``TYPE_CHECKING`` and a
# ``cached_property`` accessor per flavour (Graph's workbook functions have 300 of them, a
# third of their parent's lines)
ACCESSOR_LINES = 26


def annotation_lines(annotation: str, extra: int = 0) -> int:
    """Lines black gives one parameter of this annotation (``extra``: characters the signature
    adds to it): one when it fits, three when it fits parenthesized, else one per item of the
    exploded brackets."""
    width = len(annotation) + extra
    if width <= 75:
        return 1
    if width <= 88:
        return 3
    return 2 + annotation.count(",") + annotation.count(" | ")


def _field_lines(annotation: str) -> int:
    # a model field is offered as ``ModelParam | Model | ... | Omit``: about twice its name
    return annotation_lines(annotation, len(annotation) + 30 if annotation[:1].isupper() else 10)


class OperationWeights:
    """Estimated lines per operation, reading the body models' fields from ``definitions``."""

    def __init__(self, definitions: Mapping[str, m.Definition]) -> None:
        self._definitions = definitions

    def _keyword_fields(self, body: m.RequestBody) -> list[str]:
        """The annotations of a JSON object body's fields, offered as keyword arguments."""
        if body.kind != "json" or not isinstance(body.type, m.Named):
            return []
        model = self._definitions.get(body.type.name)
        if not isinstance(model, m.Model):
            return []
        return [f.type.py() for f in model.fields if not f.read_only]

    def lines(self, op: m.Operation) -> int:
        params = sum(annotation_lines(p.type.py()) for p in op.params)
        arguments = len(op.params)
        fields: list[str] = []
        if op.body is not None:
            fields = self._keyword_fields(op.body)
            body_type = op.body.type.py()
            # the whole body is ``ModelParam | Model | Omit`` when its fields are keywords too
            params += annotation_lines(body_type, len(body_type) + 15 if fields else 10) + sum(
                annotation_lines(f.type.py()) for f in op.body.fields)
            arguments += 1 + len(op.body.fields)
        field_lines = sum(_field_lines(f) for f in fields)
        if fields:  # two overloads and the implementation
            signature = 3 * params + 2 * field_lines + 3 * SIGNATURE_LINES
        else:
            signature = params + SIGNATURE_LINES
        body = arguments + len(fields) + BODY_LINES
        methods = 2 + (op.stream is not None) + (op.pagination is not None)
        primary = op.primary_response
        if primary is not None and primary.kind == "binary":
            methods += 2
        # ``Call(...)`` checks each value of an enum parameter, one line each
        checks = sum(len(c.value) if isinstance(c.value, tuple) else 1
                     for p in op.params for c in p.constraints)
        # the builder imports its response models and lists the responses, a few lines each
        builder = (params + field_lines + BUILDER_LINES + arguments + len(fields) + checks
                   + 3 * len(op.responses))
        described = sum(1 + p.description.count("\n") for p in op.params if p.description)
        doc = DOC_LINES + described + 1 + (op.description or op.summary).count("\n")
        return builder + 2 * methods * (signature + body) + 2 * doc
