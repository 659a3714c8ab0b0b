"""Ownership bookkeeping: which place owns each heap block, after a `let`, a move or a write.

A block held inside another block (the Box in a `Cons`, a Vec's elements) is labelled
relative to its holder (`OwnerPath`): moving a list relabels its first block only, and the
picture derives the rest when drawn. So a move costs O(1) however long the list behind it
(`list = Cons(i, Box::new(list))` in a loop used to walk the whole list at each step).
"""

from __future__ import annotations

from typing import Any

from stackheap_tui.lang import types as T
from stackheap_tui.machine import std
from stackheap_tui.machine.interpreter.state import State
from stackheap_tui.memory.records import OwnerPath, owner_label
from stackheap_tui.memory.state import SET_OWNER
from stackheap_tui.memory.variants import variant_fields


def _inside(owner: str, suffix: str) -> str:
    """The place `suffix` inside `owner`: `p.1`, `v[3]`."""
    return owner.extended(suffix) if isinstance(owner, OwnerPath) else owner + suffix


class Ownership(State):
    """Who owns the heap blocks a value points to."""

    def set_owner(self, address: int, owner: str) -> bool:
        """Label the block; False when it already was at that place in the same holder
        (what it holds is labelled relative to it, so needs nothing either). A block
        already freed (a what-if run's value moved after its old owner dropped it) has no
        owner to change: moving the pointer copies it and reads nothing (`dict.get`, not
        the guarded lookup that reports a use after free)."""
        block = dict.get(self.memory.heap, address)
        if block is None or block.freed:
            return False
        current = block.owner
        if isinstance(owner, OwnerPath):
            if owner.same_place(current):
                return False
            self.rec.apply((SET_OWNER, address, owner))
        elif current != owner or isinstance(current, OwnerPath):  # a push keeps its owner
            self.rec.apply((SET_OWNER, address, owner))
        return True

    def owner_name(self, address: int) -> str:
        """The block's owner as the picture names it now."""
        return owner_label(self.memory.heap, address)  # type: ignore[arg-type]

    def claim(self, value: Any, ty: T.Ty, owner: str) -> None:
        """Record who owns the heap blocks a value points to (after a move or a let)."""
        if isinstance(ty, T.BoxTy):
            if self.set_owner(value, owner):
                block = self.memory.heap[value]
                self.claim(block.value, block.ty if isinstance(ty.inner, T.DynTy) else ty.inner,
                           OwnerPath(f"*{owner}", value, "*", ""))
        elif isinstance(ty, T.TupleTy):
            for i, (item, item_ty) in enumerate(zip(value, ty.items, strict=True)):
                self.claim(item, item_ty, _inside(owner, f".{i}"))
        elif isinstance(ty, T.ArrayTy) and T.needs_drop(ty.element):
            for i, item in enumerate(value):
                self.claim(item, ty.element, _inside(owner, f"[{i}]"))
        elif isinstance(ty, T.IterTy) and T.needs_drop(ty):
            self.claim_iterator(value, owner)
        elif isinstance(ty, T.FnTy) and T.needs_drop(ty) and not isinstance(owner, OwnerPath):
            for held in getattr(value, "held", ()):  # what was moved into the closure
                if held.owned:
                    self.claim(self.memory.read(held.place), held.ty,
                               f"{owner} (captured {held.text})")
        elif isinstance(ty, T.AdtTy):
            if ty.name in ("String", "Vec", "BinaryHeap"):
                ptr, cap, length = value
                if cap and self.set_owner(ptr, owner) and ty.name != "String" and T.needs_drop(
                        ty.args[0]):
                    for i, item in enumerate(self.memory.heap[ptr].value[:length]):
                        self.claim(item, ty.args[0], OwnerPath(f"{owner}[{i}]", ptr, "", f"[{i}]"))
                return
            if ty.name == "RefCell":
                self.claim(value[1], ty.args[0], owner)
                return
            if ty.name in ("HashMap", "HashSet"):
                std.maps.claim(self, value, ty, owner)  # type: ignore[arg-type]
                return
            if ty.name == "VecDeque":
                std.deques.claim(self, value, ty, owner)  # type: ignore[arg-type]
                return
            if ty.name in ("BTreeMap", "BTreeSet"):
                std.btree.claim(self, value, ty, owner)  # type: ignore[arg-type]
                return
            if ty.name in ("Rc", "Arc", "Weak", "Ref", "RefMut", "MutexGuard", "RwLockReadGuard",
                           "RwLockWriteGuard") or (
                    ty.defn is None):
                return
            if not T.needs_drop(ty):
                return
            variant, fields, types = variant_fields(value, ty)
            for name, item, item_ty in zip(variant.field_names, fields, types, strict=True):
                self.claim(item, item_ty, _inside(owner, f".{name}"))

    def claim_iterator(self, it: Any, owner: str) -> None:
        """An iterator (machine/std `IterValue`) owns the buffer it took from a `Vec`
        and the items still in it (`it`'s items are labelled `it[i]` by their index)."""
        while it is not None:
            if it.kind == "items":
                if it.state is not None:
                    self.set_owner(it.state, owner)
                if it.item_ty is not None and T.needs_drop(it.item_ty):
                    for i in range(it.pos, it.stop):
                        self.claim(it.items[i], it.item_ty, _inside(owner, f"[{i}]"))
            if it.other is not None:
                self.claim_iterator(it.other, owner)
            it = it.inner
