"""``servers`` → base URLs: the URL template, its variables (each a Client argument), and the URL
with every variable at its default."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from generator.ir import model as m
from generator.naming import Namespace, claim_server_variable_argument

_PLACEHOLDER = re.compile(r"\{([^{}]+)\}")


def servers(doc: Mapping[str, Any], taken: Iterable[str]) -> tuple[m.Server, ...]:
    """The document's servers; ``taken`` are the Client's other argument names (a variable
    named like one gets another argument name).  A variable that several servers share is one
    argument."""
    names = Namespace(taken)
    arguments: dict[str, str] = {}
    out = []
    for server in doc.get("servers") or []:
        if not (isinstance(server, Mapping) and isinstance(server.get("url"), str)):
            continue
        template = server["url"]
        url = template
        variables = []
        raw = server.get("variables")
        for var, spec in (raw if isinstance(raw, Mapping) else {}).items():
            if not isinstance(spec, Mapping) or "{" + str(var) + "}" not in template:
                continue
            name = str(var)
            if name not in arguments:
                arguments[name] = claim_server_variable_argument(names, name)
            default = "" if spec.get("default") is None else str(spec["default"])
            enum = spec.get("enum")
            values = tuple(str(v) for v in enum) if isinstance(enum, list) else ()
            variables.append(m.ServerVariable(name, arguments[name], default, values,
                                              str(spec.get("description") or "")))
            url = url.replace("{" + name + "}", default)
        for name in _PLACEHOLDER.findall(url):  # used but not declared: a value the user gives
            if name not in arguments:
                arguments[name] = claim_server_variable_argument(names, name)
            variables.append(m.ServerVariable(name, arguments[name], ""))
            url = url.replace("{" + name + "}", "")
        out.append(m.Server(url.rstrip("/") or "/", str(server.get("description") or ""),
                            template, tuple(variables)))
    return tuple(out) or (m.Server("http://localhost", template="http://localhost"),)
