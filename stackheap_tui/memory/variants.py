"""A struct or enum value read through its definition: the variant it holds, its fields and
their types (an enum's value is `(variant index, *fields)`, a struct's is its fields)."""

from __future__ import annotations

from typing import Any

from stackheap_tui.lang import types as T


def variant_fields(value: Any, ty: T.AdtTy) -> tuple[T.VariantDef, Any, tuple[T.Ty, ...]]:
    """The variant `value` holds, its field values and their types (`ty.defn` is set)."""
    defn = ty.defn
    assert defn is not None
    if defn.is_enum:
        variant = defn.variants[value[0]]
        fields = value[1:]
    else:
        variant = defn.variants[0]
        fields = value
    return variant, fields, ty.variant_types(variant)
