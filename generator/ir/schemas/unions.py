"""``oneOf``/``anyOf`` → unions: discriminators (declared or inferred), variant tags and names."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from generator.ir import model as m
from generator.ir.pointers import ref_leaf
from generator.ir.schemas.core import RegistryCore
from generator.ir.schemas.shapes import (
    Schema,
    discriminator_mapping,
    discriminator_property,
    doc,
    is_null,
    string_literals,
)
from generator.naming.inline import Site, ref_step, tag_step, variant_step


class UnionSchemas(RegistryCore):
    def _union(self, name: str, pointer: str, schema: Schema) -> m.Union:
        key = "oneOf" if "oneOf" in schema else "anyOf"
        members = [x for x in schema.get(key) or [] if isinstance(x, Mapping)]
        variants: list[m.Variant] = []
        prop = discriminator_property(schema)
        mapping = discriminator_mapping(schema)
        if prop is None:
            prop = self._infer_discriminator(members)
        optional_tag: list[m.TypeRef] = []
        members_nullable: list[bool] = []
        for i, member in enumerate(members):
            if is_null(member):
                continue
            tags = self._variant_tags(member, prop, mapping) if prop else ()
            t = self.type_of(member, _variant_site(self.site_of(name), member, i, tags), f"{pointer}/{key}/{i}")
            if isinstance(t, m.Nullable):  # a `$ref` to an "object or null" schema
                t = t.inner
                members_nullable.append(True)
            variants.append(m.Variant(t, tags))
            if prop and self._tag_optional(member, prop):
                optional_tag.append(t)
        discriminated = (
            prop is not None
            and len(variants) > 1
            and all(v.tags and isinstance(v.type, m.Named) for v in variants)
        )
        if prop is not None and not discriminated and discriminator_property(schema):
            self.warn(pointer, "discriminator",
                      f"discriminator {prop!r} could not be used (a variant has no fixed tag); "
                      "parsing tries each variant in turn")
        if not discriminated:
            variants = [m.Variant(v.type) for v in variants]
        if not variants:
            variants = [m.Variant(m.ANY)]
        # a value without the tag (or with a null tag) goes to the variants whose tag is optional
        default = " | ".join(dict.fromkeys(t.py() for t in optional_tag)) if discriminated else None
        nullable = any(is_null(x) for x in members) or any(members_nullable)
        return m.Union(name, pointer, tuple(variants), prop if discriminated else None, doc(schema),
                       default=default or None, nullable=nullable)

    def _inline_union(self, schema: Schema, key: str, ctx: Site, pointer: str, binary: str) -> m.TypeRef:
        members = [x for x in schema[key] if isinstance(x, Mapping)]
        nullable = any(is_null(x) for x in members)
        real = [x for x in members if not is_null(x)]
        extra_props = isinstance(schema.get("properties"), Mapping) and schema.get("properties")
        if extra_props:
            return self.hoist(ctx, pointer, schema)
        if len(real) > 1 and (schema.get("discriminator") or self._infer_discriminator(real)):
            t: m.TypeRef = self.hoist(ctx, pointer, {k: v for k, v in schema.items() if k != "nullable"})
        else:
            types: list[m.TypeRef] = []
            for i, member in enumerate(members):
                if is_null(member):
                    continue
                # the only non-null member of "X or null" is X: it takes the site as it is
                site = ctx if len(real) == 1 else ctx.variant(
                    variant_step(member.get("title"), member.get("type"), i))
                mt = self.type_of(member, site, f"{pointer}/{key}/{i}", binary=binary)
                if isinstance(mt, m.Nullable):
                    nullable, mt = True, mt.inner
                if mt == m.NONE:
                    nullable = True
                    continue
                if mt not in types:
                    types.append(mt)
            if m.ANY in types:
                t = m.ANY
            elif not types:
                t = m.NONE
            else:
                t = types[0] if len(types) == 1 else m.UnionOf(tuple(types))
        if nullable and t not in (m.ANY, m.NONE):
            return m.Nullable(t)
        return t

    # ---------------------------------------------------------------- discriminators

    def _infer_discriminator(self, members: list[Schema]) -> str | None:
        real = [x for x in members if not is_null(x)]
        if len(real) < 2 or not all("$ref" in x or x.get("type") == "object" for x in real):
            return None
        candidates: set[str] | None = None
        for member in real:
            props = {k for k, v in self._literal_props(member).items() if v}
            candidates = props if candidates is None else candidates & props
            if not candidates:
                return None
        for prop in sorted(candidates or (), key=lambda p: (p != "type", p)):
            seen: set[str] = set()
            ok = True
            for member in real:
                tags = set(self._literal_props(member)[prop])
                if tags & seen:
                    ok = False
                    break
                seen |= tags
            if ok:
                return prop
        return None

    def _literal_props(self, member: Schema) -> Mapping[str, tuple[str, ...]]:
        """The fixed string values of each property of a union member (``{}`` for none).  A
        ``$ref`` member's are looked up once: the schemas of a big spec's unions share members
        (Graph's entity types), each asked about once per candidate tag and per union."""
        if "$ref" not in member:
            return self._literal_props_of(member)
        ref = str(member["$ref"])
        found = self._literals_by_ref.get(ref)
        if found is None:
            found = self._literals_by_ref[ref] = self._literal_props_of(self._deref(ref))
        return found

    def _literal_props_of(self, schema: Schema) -> dict[str, tuple[str, ...]]:
        flat = self._flatten(schema, "")
        out: dict[str, tuple[str, ...]] = {}
        for key, (prop, _ptr) in flat.properties.items():
            if isinstance(prop, Mapping):
                out[key] = string_literals(prop, self._deref)
        return out

    def _variant_tags(self, member: Schema, prop: str, mapping: dict[str, str]) -> tuple[str, ...]:
        if "$ref" in member:
            mapped = tuple(sorted(tag for tag, ref in mapping.items() if ref == member["$ref"]))
            if mapped:
                return mapped
        return self._tags_of(member, prop, 0)

    def _tags_of(self, member: Any, prop: str, depth: int) -> tuple[str, ...]:
        """Tag values of ``prop`` that select ``member``; a nested union contributes its members'."""
        if depth > 16 or not isinstance(member, Mapping):
            return ()
        target = self._deref(member["$ref"]) if "$ref" in member else member
        if not isinstance(target, Mapping):
            return ()
        nested = target.get("oneOf") or target.get("anyOf")
        if isinstance(nested, list) and not target.get("properties"):
            tags: list[str] = []
            for sub in nested:
                if isinstance(sub, Mapping) and not is_null(sub):
                    sub_tags = self._tags_of(sub, prop, depth + 1)
                    if not sub_tags:
                        return ()
                    tags.extend(sub_tags)
            return tuple(dict.fromkeys(tags))
        return self._literal_props(member).get(prop, ())

    def _tag_optional(self, member: Schema, prop: str) -> bool:
        """True when ``member`` is an object whose tag property may be left out."""
        target = self._deref(member["$ref"]) if "$ref" in member else member
        if not isinstance(target, Mapping) or target.get("oneOf") or target.get("anyOf"):
            return False
        flat = self._flatten(target, "")
        return prop in flat.properties and prop not in flat.required


def _variant_site(union: Site, member: Schema, index: int, tags: tuple[str, ...]) -> Site:
    if "$ref" in member:
        return union.variant(ref_step(ref_leaf(member["$ref"])))
    if tags:
        return union.variant(tag_step(tags[0]))
    return union.variant(variant_step(member.get("title"), member.get("type"), index))
