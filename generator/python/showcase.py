"""The operations a package README's runnable examples use, with valid example arguments."""

from __future__ import annotations

import json
from dataclasses import dataclass

from generator.ir import model as m
from generator.naming import method_variant
from generator.python.examples import Examples
from generator.python.operations import body_argument_names
from generator.python.params import ParamTypes


@dataclass(frozen=True)
class Showcase:
    """The operations the package README's runnable examples use."""

    call: str  # client.<group>.<method>(<args>)
    call_args: str
    group: str
    method: str
    http_info: str  # the method's ``..._with_http_info`` twin
    api_class: str
    stream: str | None = None  # client.<group>.<method>_stream(<args>)
    stream_event: str | None = None
    page: str | None = None  # client.<group>.<method>_iter(...)
    binary: str | None = None  # client.<group>.<method>_to_file("out.bin", ...)
    paged: tuple[str, ...] = ()  # client.<group>.<method>_iter for every auto-paging operation
    # a webhook delivery's body for the signed-webhooks example: a Python bytes literal of an
    # event's JSON (None when the target signs no webhooks)
    webhook_body: str | None = None


def showcase(api: m.Api, examples: Examples, params: ParamTypes | None = None) -> Showcase | None:
    """A JSON-body operation for the quick start (else the first one), plus the first streaming,
    paginated and binary-download operations, each called with valid example arguments."""
    ops = [(g, op) for g in api.groups for op in g.operations]
    if not ops:
        return None
    def json_call(o: m.Operation) -> bool:
        ok = o.primary_response
        return (o.body is not None and o.body.kind == "json" and o.body.required and not o.deprecated
                and ok is not None and ok.kind == "json")

    main = next(((g, o) for g, o in ops if json_call(o) and o.stream is not None),
                next(((g, o) for g, o in ops if json_call(o)), ops[0]))

    def arguments(o: m.Operation) -> str:
        return examples.arguments(o, body_argument_names(o, params) if params else None)

    def call(pair: tuple[m.Group, m.Operation], variant: str = "", first: str = "") -> str:
        g, o = pair
        args = ", ".join(a for a in (first, arguments(o)) if a)
        method = method_variant(o.name, variant) if variant else o.name
        return f"client.{g.accessor}.{method}({args})"

    stream = main if main[1].stream is not None else next(
        ((g, o) for g, o in ops if o.stream is not None and not o.deprecated), None)
    page = next(((g, o) for g, o in ops if o.pagination is not None and not o.deprecated), None)
    binary = next(((g, o) for g, o in ops if o.primary_response is not None
                   and o.primary_response.kind == "binary" and not o.deprecated), None)
    return Showcase(
        call=call(main),
        call_args=arguments(main[1]),
        group=main[0].accessor,
        method=main[1].name,
        http_info=method_variant(main[1].name, "with_http_info"),
        api_class=main[0].class_name,
        stream=call(stream, "stream") if stream else None,
        stream_event=stream[1].stream.event_type.py() if stream and stream[1].stream else None,
        page=call(page, "iter") if page else None,
        binary=call(binary, "to_file", '"output.bin"') if binary else None,
        paged=tuple(f"client.{g.accessor}.{method_variant(o.name, 'iter')}" for g, o in ops if o.pagination),
        webhook_body=_webhook_body(api, examples),
    )


def _webhook_body(api: m.Api, examples: Examples) -> str | None:
    """The first webhook's event as sent (compact JSON), for the README's verification example."""
    if not api.webhook_secret_env:
        return None
    event = next((v for v in (examples.value(h.event_type) for h in api.webhooks) if v is not None),
                 {"type": "example"})
    return repr(json.dumps(event, separators=(",", ":"), sort_keys=True).encode())
