"""The generated wire tests (a target's ``wire_tests``): one pytest module per API group that
calls every operation against a live server and checks that the response parses.

The arguments are the ones the docs' examples use (:mod:`generator.python.examples`, valid
instances sampled from the schemas), so a request the server rejects is a client or spec defect.
Each operation is called through its ``..._with_http_info`` method, sync; the first one of each
group is called async as well.  The declared type is checked with pydantic's ``TypeAdapter`` in
strict mode over the parsed data, which the client (``strict_response_validation=True``) parsed
strictly in the first place.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.ir import model as m
from generator.naming import Namespace, claim_wire_test, test_base_url_env, wire_test_module
from generator.python.code import Import, import_groups, imports_of
from generator.python.docs import CredentialDoc
from generator.python.groups import GroupView

_TEST_IMPORTS = frozenset({Import("pydantic", "TypeAdapter")})


@dataclass(frozen=True)
class WireTest:
    name: str  # the test function
    method: str  # the ``..._with_http_info`` method called
    arguments: str  # the call's arguments (Python source)
    declared: str  # the declared type of the response data (a runtime expression)
    is_async: bool = False


@dataclass(frozen=True)
class WireTestModule:
    path: str  # relative to the output directory
    group_key: str  # client.<group_key>
    tests: tuple[WireTest, ...]
    import_groups: list[list[str]]


@dataclass(frozen=True)
class WireTestSettings:
    """What the conftest.py and the README need."""

    base_url_env: str  # the environment variable naming the server
    credentials: tuple[tuple[str, str | None], ...]  # (Client argument, its environment variable)


def wire_test_settings(api: m.Api, credentials: tuple[CredentialDoc, ...]) -> WireTestSettings:
    return WireTestSettings(test_base_url_env(api.package),
                            tuple(dict.fromkeys((c.argument, c.env) for c in credentials)))


def wire_test_module_view(api: m.Api, gv: GroupView) -> WireTestModule:
    names = Namespace()
    tests: list[WireTest] = []
    imports: set[Import] = set(_TEST_IMPORTS) | {Import(api.package, "Client")}
    for i, v in enumerate(gv.ops):
        tests.append(WireTest(claim_wire_test(names, v.name), v.http_info, v.example_args, v.returns.text))
        imports |= v.returns.imports
        if i == 0:  # the async flavour shares the request building: one call per group checks it
            tests.append(WireTest(claim_wire_test(names, v.name, "async"), v.http_info,
                                  v.example_args, v.returns.text, is_async=True))
            imports |= {Import("asyncio"), Import("typing", "Any"), Import(api.package, "AsyncClient")}
    absolute = {Import(api.package + i.module, i.name) if i.local else i for i in imports_of(imports)}
    return WireTestModule(f"tests/{wire_test_module(gv.group.module)}.py", gv.group.key, tuple(tests),
                          import_groups(absolute, ""))
