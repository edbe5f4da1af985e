"""Names of hoisted inline schemas: made from where the schema appears, or from its ``title``.

An inline schema that needs a class (an object, a tagged union, an ``allOf``) is named after its
:class:`Site`: the class that owns it, then one step per level down (a property, ``Item`` for an
array's items, ``Value`` for a map's values, a union variant).  The candidates, in the order they
are tried (:func:`hoisted_names`):

1. the schema's ``title`` in PascalCase, when it has one (``Static Chunking Strategy`` →
   ``StaticChunkingStrategy``);
2. the owner and every step, when that is shorter than :data:`MAX_CLASS_NAME`;
3. otherwise the owner and the longest run of trailing steps that fits: the middle steps are
   dropped, as they restate context the owner already gives
   (``CreateAssistantRequest`` + ``ToolResources FileSearch VectorStores Item ChunkingStrategy
   Static`` → ``CreateAssistantRequestChunkingStrategyStatic``); a run never starts with a step
   that means nothing alone (``Item``, ``Value``, ``Variant2``);
4. when even the owner and the last step are too long, the trailing whole words of the full name.

:func:`claim_hoisted` takes the first candidate that is free, so a name depends only on the
schema's own site and title and on the names already taken by schemas wanting the same name:
adding or removing an unrelated schema renames nothing.  Only when every candidate is taken does
a number decide (``Foo2``), as for any other class.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.naming import RESERVED_CLASS_NAMES, Namespace, pascal_case, words

# Hoisted class names stay under 60 characters (their module paths then stay under 100).
MAX_CLASS_NAME = 59
ITEM_STEP = "Item"
VALUE_STEP = "Value"
_VARIANT = "Variant"


@dataclass(frozen=True, slots=True)
class Site:
    """Where an inline schema appears: its owner's class name and the steps from there."""

    owner: str
    steps: tuple[str, ...] = ()

    def prop(self, wire: str) -> Site:
        return Site(self.owner, (*self.steps, pascal_case(wire, fallback="Field")))

    def item(self) -> Site:
        return Site(self.owner, (*self.steps, ITEM_STEP))

    def value(self) -> Site:
        return Site(self.owner, (*self.steps, VALUE_STEP))

    def variant(self, step: str) -> Site:
        """A union member: ``step`` from :func:`variant_step` or :func:`tag_step`."""
        return Site(self.owner, (*self.steps, step))

    @property
    def full(self) -> str:
        return self.owner + "".join(self.steps)


def as_site(ctx: str | Site) -> Site:
    """A site for a context given as a plain name (an operation's ``CreateXRequest``)."""
    return ctx if isinstance(ctx, Site) else Site(pascal_case(ctx))


def variant_step(title: object, json_type: object, index: int) -> str:
    """The step of an untagged union member: its title, its scalar type, else ``Variant{n}``."""
    if isinstance(title, str) and title.strip():
        return pascal_case(title)
    if isinstance(json_type, str) and json_type != "object":
        return pascal_case(json_type)
    return f"{_VARIANT}{index + 1}"


def tag_step(tag: str) -> str:
    """The step of a union member selected by the discriminator value ``tag``."""
    return pascal_case(tag)


def ref_step(leaf: str) -> str:
    """The step of a union member that is a ``$ref`` (used for what it hoists, if anything)."""
    return pascal_case(leaf)


def _meaningless_alone(step: str) -> bool:
    return step in (ITEM_STEP, VALUE_STEP) or (step.startswith(_VARIANT) and step[len(_VARIANT):].isdigit())


def _fits(name: str, limit: int) -> bool:
    return len(name) <= limit and name.isidentifier() and not name[0].isdigit()


def _trailing_words(name: str, limit: int) -> str:
    """The longest run of whole words at the end of ``name`` that fits in ``limit`` characters."""
    out = ""
    for word in reversed(words(name)):
        if len(word) + len(out) > limit:
            break
        out = word + out
    while out and not _fits(out, limit):  # a run starting with a digit: drop a leading word
        out = "".join(words(out)[1:])
    return out or name[-limit:].lstrip("0123456789_") or "Model"


def site_names(site: Site, limit: int = MAX_CLASS_NAME) -> list[str]:
    """Candidates 2-4 of the module docstring, best first."""
    if _fits(site.full, limit):
        return [site.full]
    out: list[str] = []
    for start in range(1, len(site.steps)):  # longest tail first; the full name did not fit
        tail = site.steps[start:]
        if _meaningless_alone(tail[0]):
            continue
        name = site.owner + "".join(tail)
        if _fits(name, limit) and name not in out:
            out.append(name)
    fallback = _trailing_words(site.full, limit)
    if fallback not in out:
        out.append(fallback)
    return out


def hoisted_names(site: Site, title: object) -> list[str]:
    """Every candidate name of an inline schema at ``site``, best first."""
    out: list[str] = []
    if isinstance(title, str) and title.strip():
        named = pascal_case(title)
        if _fits(named, MAX_CLASS_NAME):
            out.append(named)
    out.extend(n for n in site_names(site) if n not in out)
    return out


def claim_hoisted(names: Namespace, candidates: list[str]) -> str:
    """The first free candidate; when all are taken, the last context name with a number that
    keeps it under the limit (``Foo2``)."""
    for name in candidates:
        if name not in names and name not in RESERVED_CLASS_NAMES:
            return names.claim(name)
    base = candidates[-1]
    if len(base) > MAX_CLASS_NAME - 3:
        base = _trailing_words(base, MAX_CLASS_NAME - 3)
    if base in RESERVED_CLASS_NAMES:
        base = f"{base}Model"
    return names.claim(base)
