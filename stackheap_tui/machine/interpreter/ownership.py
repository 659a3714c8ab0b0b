"""Ownership bookkeeping: which place owns each heap block, after a `let`, a move or a write."""

from __future__ import annotations

from typing import Any

from stackheap_tui.lang import types as T
from stackheap_tui.machine.interpreter.state import State
from stackheap_tui.memory.state import SET_OWNER
from stackheap_tui.memory.variants import variant_fields


class Ownership(State):
    """Who owns the heap blocks a value points to."""

    def set_owner(self, address: int, owner: str) -> None:
        if self.memory.heap[address].owner != owner:  # a push keeps its owner: no op
            self.rec.apply((SET_OWNER, address, owner))

    def claim(self, value: Any, ty: T.Ty, owner: str) -> None:
        """Record who owns the heap blocks a value points to (after a move or a let)."""
        if isinstance(ty, T.BoxTy):
            self.set_owner(value, owner)
            self.claim(self.memory.heap[value].value, ty.inner, f"*{owner}")
        elif isinstance(ty, T.TupleTy):
            for i, (item, item_ty) in enumerate(zip(value, ty.items, strict=True)):
                self.claim(item, item_ty, f"{owner}.{i}")
        elif isinstance(ty, T.ArrayTy) and T.needs_drop(ty.element):
            for i, item in enumerate(value):
                self.claim(item, ty.element, f"{owner}[{i}]")
        elif isinstance(ty, T.AdtTy):
            if ty.name in ("String", "Vec"):
                ptr, cap, length = value
                if cap:
                    self.set_owner(ptr, owner)
                    if ty.name == "Vec" and T.needs_drop(ty.args[0]):
                        for i, item in enumerate(self.memory.heap[ptr].value[:length]):
                            self.claim(item, ty.args[0], f"{owner}[{i}]")
                return
            if ty.name == "RefCell":
                self.claim(value[1], ty.args[0], owner)
                return
            if ty.name in ("Rc", "Ref", "RefMut") or ty.defn is None:
                return
            if not T.needs_drop(ty):
                return
            variant, fields, types = variant_fields(value, ty)
            for name, item, item_ty in zip(variant.field_names, fields, types, strict=True):
                self.claim(item, item_ty, f"{owner}.{name}")
