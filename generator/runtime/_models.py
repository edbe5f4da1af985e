"""Base class and helpers shared by every generated model."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar

from pydantic import BaseModel, ConfigDict, Discriminator

from ._lenient import Deviation, deviations

__all__ = ["Deviation", "OagenModel", "UnknownVariant", "set_request_id", "tagged"]

# The response headers that carry the server's id of a request, in order of preference.
REQUEST_ID_HEADERS = ("x-request-id", "request-id")


class OagenModel(BaseModel):
    """Base of all models.

    * unknown fields from the server are kept (``model_extra``) rather than rejected;
    * construct with Python names or with JSON names; serialise with JSON names;
    * schemas are built on first use, so importing a model module stays cheap;
    * a response that does not match its declared model is still returned as that model, built
      leniently: :meth:`model_deviations` lists the fields that did not validate and why.
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow",
        validate_by_name=True,
        validate_by_alias=True,
        serialize_by_alias=True,
        protected_namespaces=(),
        defer_build=True,
        arbitrary_types_allowed=True,
    )

    # The request id of the response this model was read from (``x-request-id`` /
    # ``request-id``), for support requests; None for a model built by hand.  A class-level
    # default shadowed per instance in ``__dict__`` (see :func:`set_request_id`), not a pydantic
    # private attribute, so that it is neither serialised nor part of ``==``.
    _request_id: ClassVar[str | None] = None

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: JSON names, fields never set left out."""
        return self.model_dump(mode="json", by_alias=True, exclude_unset=True)

    def to_json(self) -> str:
        return self.model_dump_json(by_alias=True, exclude_unset=True)

    def model_deviations(self) -> tuple[Deviation, ...]:
        """The values in this model (nested ones included) that did not validate when it was read
        from a response, as ``(location, reason)`` pairs; empty when it validated.  Such a value
        is kept exactly as the server sent it (``None`` when a required field was missing)."""
        return deviations(self)


def set_request_id(data: Any, headers: Mapping[str, str]) -> Any:
    """``data`` with the request id of its response set, when it is a model (returned as is)."""
    if isinstance(data, OagenModel):
        request_id = next((headers[h] for h in REQUEST_ID_HEADERS if h in headers), None)
        if request_id is not None:
            object.__setattr__(data, "_request_id", request_id)
    return data


class UnknownVariant(OagenModel):
    """A union member whose tag this client version does not know; all data is kept as extras."""


def tagged(prop: str, tags: Mapping[str, str], default: str | None = None) -> Discriminator:
    """A pydantic discriminator that routes on ``prop`` and sends unknown tags to ``UnknownVariant``.

    ``default`` is the variant for a value without the tag (a variant whose tag is optional).
    """
    table = dict(tags)

    def pick(value: Any) -> str:
        tag = value.get(prop) if isinstance(value, Mapping) else getattr(value, prop, None)
        if isinstance(tag, str) and tag in table:
            return table[tag]
        if tag is None and default is not None:
            return default
        if isinstance(value, BaseModel) and not isinstance(value, UnknownVariant):
            return (
                type(value).__name__ if type(value).__name__ in table.values() else "UnknownVariant"
            )
        return "UnknownVariant"

    fn: Callable[[Any], str] = pick
    return Discriminator(fn)
