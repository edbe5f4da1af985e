"""Hypothesis strategies for OpenAPI 3.0/3.1 documents: valid ones built from random schemas,
names, parameters, bodies and responses, and mutated ones (deletions, type swaps, garbage)."""

from __future__ import annotations

import copy
from typing import Any

from hypothesis import strategies as st

# Names that have broken generators before: keywords, builtins, names our runtime uses, names
# that collide after normalisation, unicode/RTL, punctuation, code.
NASTY_NAMES = [
    "class", "import", "None", "True", "def", "lambda", "async", "await", "match", "case", "type",
    "self", "cls", "Client", "AsyncClient", "Configuration", "ApiClient", "ApiError",
    "OagenModel", "UnknownVariant", "BaseModel", "Field", "Any", "Optional", "Literal", "Union",
    "model_config", "model_fields", "to_dict", "from_dict", "validate", "json", "dict", "copy",
    "schema", "list", "str", "int", "float", "bool", "bytes", "object", "typing", "httpx", "os", "sys",
    "pydantic", "api", "models", "_MODULES", "__all__", "__init__", "__class__", "__getattr__",
    "VLAN", "Vlan", "vlan", "foo-bar", "foo_bar", "foo bar", "Foo.Bar", "fooBar", "FooBar",
    "123abc", "1", "_", "__", "-", " x ", "$ref", "a/b", "a~b", "x.y", "ünïcödé", "名前", "שלום",
    "a\u202eb", "emoji🙂", "__import__('os')", '"""', "'''", "{{x}}", "{% x %}", "a\\b", "tab\tname",
    "new\nline", "\uff21\uff42\uff43", "ß", "İ", "x" * 120, "Model", "Response", "Request", "Error",
]
_NAME_ALPHABET = "abcxyzABCXYZ_-019 .$é"

names = st.one_of(
    st.sampled_from(NASTY_NAMES),
    st.text(alphabet=_NAME_ALPHABET, min_size=1, max_size=12),
)
# Free text (descriptions, examples, enum values) including control characters and quotes.
texts = st.one_of(
    st.sampled_from(['"""', "'''", "\\", "\r\n", "\x00", "{{ x }}", "{% raw %}", "\u202e", "é",
                     "__import__('os').system('touch PWNED')", "\\N{foo}", "\\x", "'", '"', "`", "|",
                     "*/", "# x", "$x", "%s", "{0}", "${x}", "\t", "\x0b\x0c", "\ud7ff", "x" * 300]),
    st.text(max_size=20),
)
json_scalars = st.one_of(st.none(), st.booleans(), st.integers(-(2**70), 2**70),
                         st.floats(allow_nan=False, allow_infinity=False), texts)
json_values = st.recursive(json_scalars, lambda c: st.one_of(st.lists(c, max_size=3),
                                                             st.dictionaries(texts, c, max_size=3)),
                           max_leaves=6)

STRING_FORMATS = [None, "date-time", "date", "uuid", "binary", "byte", "email", "uri", "int64", "weird"]


@st.composite
def _leaf(draw: st.DrawFn, refs: list[str], v31: bool) -> dict[str, Any]:
    kind = draw(st.sampled_from(["string", "integer", "number", "boolean", "any", "null", "enum_str",
                                 "enum_int", "enum_mixed", "const", "ref", "ref", "ref"]))
    if kind == "ref" and refs:
        return {"$ref": "#/components/schemas/" + draw(st.sampled_from(refs)).replace("~", "~0").replace("/", "~1")}
    if kind == "string":
        s: dict[str, Any] = {"type": "string"}
        fmt = draw(st.sampled_from(STRING_FORMATS))
        if fmt:
            s["format"] = fmt
        if draw(st.booleans()):
            s["default"] = draw(texts)
        if draw(st.integers(0, 4)) == 0:
            s["pattern"] = draw(st.sampled_from(["^[a-z]+$", "\\d", '["\'\\\\]', "(", "{{x}}"]))
        return s
    if kind in ("integer", "number"):
        s = {"type": kind}
        if draw(st.booleans()):
            s["minimum"] = draw(st.integers(-10, 10))
        if draw(st.integers(0, 3)) == 0:
            s["default"] = draw(json_scalars)
        return s
    if kind == "boolean":
        return {"type": "boolean"}
    if kind == "any":
        return {}
    if kind == "null":
        return {"type": "null"} if v31 else {"nullable": True}
    if kind == "enum_str":
        return {"type": "string", "enum": draw(st.lists(st.one_of(texts, names), min_size=1, max_size=6))}
    if kind == "enum_int":
        return {"type": "integer", "enum": draw(st.lists(st.integers(-(2**40), 2**40), min_size=1, max_size=5))}
    if kind == "enum_mixed":
        return {"enum": draw(st.lists(json_scalars, min_size=1, max_size=5))}
    return {"const": draw(json_scalars)}


def _extend(children: st.SearchStrategy[dict[str, Any]], refs: list[str], v31: bool
            ) -> st.SearchStrategy[dict[str, Any]]:
    @st.composite
    def build(draw: st.DrawFn) -> dict[str, Any]:
        kind = draw(st.sampled_from(["object", "object", "array", "oneOf", "anyOf", "allOf", "map",
                                     "nullable", "discriminated"]))
        if kind == "object":
            props = draw(st.dictionaries(names, children, max_size=5))
            s: dict[str, Any] = {"type": "object", "properties": props}
            if props and draw(st.booleans()):
                s["required"] = draw(st.lists(st.sampled_from(sorted(props)), max_size=3))
            ap = draw(st.sampled_from([None, True, False, "schema"]))
            if ap == "schema":
                s["additionalProperties"] = draw(children)
            elif ap is not None:
                s["additionalProperties"] = ap
            if draw(st.integers(0, 4)) == 0:
                s["description"] = draw(texts)
            return s
        if kind == "array":
            return {"type": "array", "items": draw(children)}
        if kind == "map":
            return {"type": "object", "additionalProperties": draw(children)}
        if kind in ("oneOf", "anyOf", "allOf"):
            return {kind: draw(st.lists(children, min_size=1, max_size=4))}
        if kind == "nullable":
            inner = draw(children)
            if v31 and isinstance(inner.get("type"), str):
                return {**inner, "type": [inner["type"], "null"]}
            if v31:
                return {"anyOf": [inner, {"type": "null"}]}
            return {**inner, "nullable": True}
        # discriminated union over component refs
        if not refs:
            return draw(children)
        targets = draw(st.lists(st.sampled_from(refs), min_size=1, max_size=3, unique=True))
        prop = draw(st.sampled_from(["kind", "type", "class", "object-type"]))
        out: dict[str, Any] = {
            draw(st.sampled_from(["oneOf", "anyOf"])): [{"$ref": "#/components/schemas/" + t} for t in targets],
            "discriminator": {"propertyName": prop},
        }
        if draw(st.booleans()):
            out["discriminator"]["mapping"] = {draw(names): "#/components/schemas/" + t for t in targets}
        return out

    return build()


def schemas(refs: list[str], v31: bool, max_leaves: int = 8) -> st.SearchStrategy[dict[str, Any]]:
    return st.recursive(_leaf(refs, v31), lambda c: _extend(c, refs, v31), max_leaves=max_leaves)


def _component_name(name: str) -> bool:
    return "/" not in name and "~" not in name


@st.composite
def _parameter(draw: st.DrawFn, refs: list[str], v31: bool, where: str, name: str) -> dict[str, Any]:
    p: dict[str, Any] = {"name": name, "in": where, "schema": draw(schemas(refs, v31, max_leaves=3))}
    if where == "path":
        p["required"] = True
        p["schema"] = draw(st.sampled_from([{"type": "string"}, {"type": "integer"}, p["schema"]]))
    elif draw(st.booleans()):
        p["required"] = True
    if draw(st.integers(0, 3)) == 0:
        p["description"] = draw(texts)
    return p


MEDIA_BODIES = ["application/json", "multipart/form-data", "application/x-www-form-urlencoded",
                "application/octet-stream", "text/plain", "application/vnd.api+json"]
MEDIA_RESPONSES = ["application/json", "text/event-stream", "application/octet-stream", "text/plain",
                   "image/png", "application/problem+json", "*/*"]
STATUSES = ["200", "201", "202", "204", "301", "400", "404", "422", "4XX", "5XX", "default"]


@st.composite
def _operation(draw: st.DrawFn, refs: list[str], v31: bool, path_params: list[str]) -> dict[str, Any]:
    op: dict[str, Any] = {}
    if draw(st.integers(0, 5)) > 0:
        op["operationId"] = draw(names)
    if draw(st.booleans()):
        op["tags"] = draw(st.lists(names, min_size=1, max_size=2))
    if draw(st.booleans()):
        op["summary"] = draw(texts)
    params = [draw(_parameter(refs, v31, "path", n)) for n in path_params]
    for _ in range(draw(st.integers(0, 3))):
        params.append(draw(_parameter(refs, v31, draw(st.sampled_from(["query", "header", "cookie"])),
                                      draw(names))))
    if params:
        op["parameters"] = params
    if draw(st.booleans()):
        media = draw(st.sampled_from(MEDIA_BODIES))
        if media in ("multipart/form-data", "application/x-www-form-urlencoded"):
            props = draw(st.dictionaries(names, st.one_of(
                schemas(refs, v31, max_leaves=2),
                st.just({"type": "string", "format": "binary"}),
                st.just({"type": "array", "items": {"type": "string", "format": "binary"}}),
            ), max_size=4))
            schema: dict[str, Any] = {"type": "object", "properties": props}
        elif media == "application/octet-stream":
            schema = {"type": "string", "format": "binary"}
        else:
            schema = draw(schemas(refs, v31, max_leaves=4))
        op["requestBody"] = {"content": {media: {"schema": schema}}, "required": draw(st.booleans())}
    responses: dict[str, Any] = {}
    for status in draw(st.lists(st.sampled_from(STATUSES), min_size=1, max_size=3, unique=True)):
        r: dict[str, Any] = {"description": draw(texts)}
        if status != "204" and draw(st.integers(0, 3)) > 0:
            media = draw(st.sampled_from(MEDIA_RESPONSES))
            if media == "text/event-stream":
                schema = draw(st.one_of(st.just({"type": "string"}), schemas(refs, v31, max_leaves=3)))
            elif media in ("application/octet-stream", "image/png"):
                schema = {"type": "string", "format": "binary"}
            else:
                schema = draw(schemas(refs, v31, max_leaves=4))
            r["content"] = {media: {"schema": schema}}
        if draw(st.integers(0, 5)) == 0:
            r["headers"] = {draw(names): {"schema": {"type": "string"}}}
        responses[status] = r
    op["responses"] = responses
    return op


@st.composite
def openapi_documents(draw: st.DrawFn) -> dict[str, Any]:
    """A structurally valid OpenAPI 3.0 or 3.1 document (semantics may still be odd)."""
    v31 = draw(st.booleans())
    comp_names = draw(st.lists(names.filter(_component_name), min_size=draw(st.sampled_from([0, 1, 1, 1])),
                               max_size=5, unique=True))
    comps = {n: draw(schemas(comp_names, v31)) for n in comp_names}
    doc: dict[str, Any] = {
        "openapi": "3.1.0" if v31 else "3.0.3",
        "info": {"title": draw(texts) or "t", "version": draw(st.sampled_from(["1.0", "0", "1'\"", "v1 beta"]))},
    }
    if draw(st.booleans()):
        doc["info"]["description"] = draw(texts)
    if draw(st.booleans()):
        doc["servers"] = [{"url": draw(st.sampled_from(["http://127.0.0.1:1/v1", "/api", "{scheme}://h",
                                                         "http://h/'\"\"\"", "https://ex.com/{v}"])),
                           "variables": {"v": {"default": "v1"}, "scheme": {"default": "http"}}}]
    paths: dict[str, Any] = {}
    for _ in range(draw(st.sampled_from([0, 1, 1, 2, 3, 4]))):
        segs = draw(st.lists(st.one_of(names.map(lambda n: ("lit", n)), names.map(lambda n: ("param", n))),
                             min_size=1, max_size=3))
        params = list(dict.fromkeys(n for k, n in segs if k == "param" and "{" not in n and "}" not in n
                                    and "/" not in n))
        url = "/" + "/".join(("{" + n + "}" if k == "param" and n in params else n.replace("/", "_")
                              .replace("{", "").replace("}", "")) for k, n in segs)
        methods = draw(st.lists(st.sampled_from(["get", "post", "put", "patch", "delete", "head", "options"]),
                                min_size=1, max_size=3, unique=True))
        paths[url] = {m: draw(_operation(comp_names, v31, params)) for m in methods}
    doc["paths"] = paths
    if comps or draw(st.booleans()):
        doc["components"] = {"schemas": comps}
    if draw(st.integers(0, 3)) == 0:
        doc.setdefault("components", {})["securitySchemes"] = {
            draw(names): draw(st.sampled_from([
                {"type": "http", "scheme": "bearer"}, {"type": "http", "scheme": "basic"},
                {"type": "apiKey", "in": "header", "name": "X-Key"}, {"type": "apiKey", "in": "query", "name": "k"},
                {"type": "oauth2", "flows": {}}, {"type": "openIdConnect", "openIdConnectUrl": "http://x"},
            ])) for _ in range(draw(st.integers(1, 3)))
        }
    if v31 and draw(st.integers(0, 4)) == 0:
        doc["webhooks"] = {draw(names): {"post": draw(_operation(comp_names, v31, []))}}
    return doc


# --------------------------------------------------------------------------- mutation

GARBAGE = st.one_of(
    json_values,
    st.sampled_from([{"$ref": "#/components/schemas/Nowhere"}, {"$ref": "#/"}, {"$ref": ""},
                     {"$ref": 5}, {"$ref": "#/paths"}, {"$ref": "other.yaml#/x"},
                     {"$ref": "http://127.0.0.1:9/x.yaml"}, {"type": "strnig"}, {"type": ["string", "integer"]},
                     {"type": 7}, {"allOf": []}, {"oneOf": None}, {"properties": []}, {"enum": []},
                     {"items": "x"}, {"required": "yes"}, {"discriminator": {}}, {"nullable": "yes"}]),
)


def _containers(node: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = []
    if isinstance(node, dict):
        out.append(path)
        for k, v in node.items():
            out.extend(_containers(v, (*path, k)))
    elif isinstance(node, list):
        out.append(path)
        for i, v in enumerate(node):
            out.extend(_containers(v, (*path, i)))
    return out


def _get(node: Any, path: tuple[Any, ...]) -> Any:
    for p in path:
        node = node[p]
    return node


@st.composite
def mutated_documents(draw: st.DrawFn) -> dict[str, Any]:
    """A valid document with 1-4 random mutations: delete a member, swap a value for garbage,
    change a type, or add a garbage member."""
    doc = copy.deepcopy(draw(openapi_documents()))
    for _ in range(draw(st.integers(1, 4))):
        spots = _containers(doc)
        where = draw(st.sampled_from(spots))
        node = _get(doc, where)
        action = draw(st.sampled_from(["delete", "replace", "replace", "add", "retype"]))
        if isinstance(node, dict):
            keys = sorted(node, key=str)
            if action == "add" or not keys:
                node[draw(st.one_of(names, st.sampled_from(["$ref", "type", "items", "properties", "enum",
                                                            "nullable", "x-oagen", "required"])))] = draw(GARBAGE)
                continue
            key = draw(st.sampled_from(keys))
            if action == "delete":
                del node[key]
            elif action == "retype":
                node[key] = draw(st.sampled_from([[node[key]], {"x": node[key]}, str(node[key])[:50], None, 0]))
            else:
                node[key] = draw(GARBAGE)
        elif isinstance(node, list):
            if action == "delete" and node:
                del node[draw(st.integers(0, len(node) - 1))]
            elif node and action in ("replace", "retype"):
                node[draw(st.integers(0, len(node) - 1))] = draw(GARBAGE)
            else:
                node.append(draw(GARBAGE))
    return doc
