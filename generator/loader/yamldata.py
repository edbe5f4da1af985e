"""Python data from a composed YAML node tree: one parse gives both the data and the line map.

``yaml.load`` runs libyaml's parser but PyYAML's pure-Python constructor (it resolves and
constructs every node through several method calls); locating a diagnostic then needs the node
tree, which ``yaml.load`` throws away, so the text used to be composed a second time.  Here the
text is composed once (libyaml) and the data built from that tree by a small builder: string
scalars (most of a spec) are taken as they are, every other core scalar goes through PyYAML's
own ``SafeConstructor`` method for its tag, and containers are memoised by node so anchors and
aliases give shared objects, as ``yaml.load`` does.

The builder only handles what it can build exactly like ``SafeConstructor``; anything else
(merge keys ``<<``, ``=`` value keys, non-core tags, ``!!set``/``!!omap``/``!!pairs``, keys that
are not scalars, nesting deep enough for RecursionError) raises :class:`Unsupported`, and the
caller falls back to ``yaml.load``.
"""

from __future__ import annotations

from typing import Any

import yaml
from yaml.constructor import SafeConstructor

_STR = "tag:yaml.org,2002:str"
_MAP = "tag:yaml.org,2002:map"
_SEQ = "tag:yaml.org,2002:seq"
# Scalar tags built by SafeConstructor's own method for the tag (all context-free).
_SCALARS = frozenset(f"tag:yaml.org,2002:{name}"
                     for name in ("null", "bool", "int", "float", "timestamp", "binary"))


class Unsupported(Exception):
    """A node the builder does not build exactly like ``yaml.load``: use ``yaml.load``."""


def build(root: yaml.Node | None) -> Any:
    """The data ``yaml.load`` (safe loader) would give for the document composed as ``root``."""
    if root is None:  # an empty document
        return None
    constructor = SafeConstructor()
    memo: dict[int, Any] = {}

    def scalar(node: yaml.Node) -> Any:
        if node.tag == _STR:
            return node.value
        if node.tag in _SCALARS and isinstance(node, yaml.ScalarNode):
            return constructor.yaml_constructors[node.tag](constructor, node)
        raise Unsupported(node.tag)

    def value(node: yaml.Node) -> Any:
        if isinstance(node, yaml.ScalarNode):
            return scalar(node)
        key = id(node)
        if key in memo:  # an alias (or the container itself, for a recursive alias)
            return memo[key]
        if isinstance(node, yaml.MappingNode) and node.tag == _MAP:
            mapping: dict[Any, Any] = {}
            memo[key] = mapping
            for key_node, value_node in node.value:
                if not isinstance(key_node, yaml.ScalarNode) or key_node.tag not in _KEY_TAGS:
                    raise Unsupported(key_node.tag)  # merge/value keys, container keys
                mapping[scalar(key_node)] = value(value_node)
            return mapping
        if isinstance(node, yaml.SequenceNode) and node.tag == _SEQ:
            items: list[Any] = []
            memo[key] = items
            items.extend(value(item) for item in node.value)
            return items
        raise Unsupported(node.tag)

    try:
        return value(root)
    except RecursionError:
        raise Unsupported("deep nesting") from None


# Keys: strings and the hashable core scalars (binary gives bytes: hashable too).
_KEY_TAGS = _SCALARS | {_STR}
