"""Drops: destructors and frees at a scope's end, of temporaries at a `;`, and a block's `}`."""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING, Any, cast

from stackheap_tui.lang import ast
from stackheap_tui.lang import layouts as L
from stackheap_tui.lang import types as T
from stackheap_tui.lang.span import Span
from stackheap_tui.machine import std
from stackheap_tui.machine.interpreter.env import Env
from stackheap_tui.machine.interpreter.signals import RustPanic, UndefinedBehavior
from stackheap_tui.machine.interpreter.slots import Slots
from stackheap_tui.machine.interpreter.state import name_list
from stackheap_tui.memory.records import DOUBLE_FREE, SlotState, StepKind, format_address
from stackheap_tui.memory.state import FREE, REMOVE_SLOTS, SET_STATE, FreedAccess
from stackheap_tui.memory.values import HEAP, STACK, Ref
from stackheap_tui.memory.variants import variant_fields

if TYPE_CHECKING:
    from stackheap_tui.lang.items import ItemTable
    from stackheap_tui.machine.interpreter import Interpreter


class Drops(Slots):
    """Dropping values, scopes and temporaries, one step each."""

    def drop_scope(self, env: Env, owned: list[tuple[int, int]], span: Span,
                   unwinding: bool = False) -> None:
        """Drop a scope's live owners in reverse declaration order, one step each."""
        frame = self.memory.frames[env.frame]
        for _, slot_index in sorted(owned, key=lambda item: -item[1]):
            slot = frame.slots[slot_index]
            if slot.state is not SlotState.LIVE or not T.needs_drop(slot.ty):
                continue
            skip = env.moved_paths.get(slot_index, set())
            place = self.slot_ref(env, slot_index)
            try:
                freed = self.drop_value(slot.value, slot.ty, f"dropping `{slot.name}`", place,
                                        skip)
            except UndefinedBehavior as ub:
                ub.span = ub.span or span  # a what-if run's double free, at this `}`
                raise
            except RustPanic:
                # Its `Drop::drop` panicked: it counts as dropped, and the unwinding that
                # follows drops the others, not this one again.
                self.rec.apply((SET_STATE, env.frame, slot_index, SlotState.DROPPED,
                                "dropped"))
                raise
            self.rec.apply((SET_STATE, env.frame, slot_index, SlotState.DROPPED, "dropped"))
            why = ("the panic unwinds past it" if unwinding else "it goes out of scope here")
            partly = " (what was not moved out of it)" if skip else ""
            if freed:
                effect = (f"its {slot.ty} {self.describe_frees(freed)}. Rust frees heap memory "
                          "automatically when its owner goes out of scope; no explicit "
                          "deallocation is needed.")
            elif isinstance(slot.ty, T.AdtTy) and slot.ty.name in ("Rc", "Arc"):
                effect = f"this {slot.ty.name} gives up its share of the block."
            elif isinstance(slot.ty, T.AdtTy) and slot.ty.name in ("Ref", "RefMut"):
                effect = "the borrow of the RefCell ends, so it can be borrowed again."
            elif isinstance(slot.ty, T.AdtTy) and slot.ty.name == "MutexGuard":
                effect = "the guard unlocks the Mutex, so another thread can lock it."
            elif isinstance(slot.ty, T.AdtTy) and slot.ty.name == "RwLockReadGuard":
                effect = "the RwLock has one reader less (a writer may take it once none is left)."
            elif isinstance(slot.ty, T.AdtTy) and slot.ty.name == "RwLockWriteGuard":
                effect = "the guard unlocks the RwLock, so other threads can read or write it."
            else:
                effect = f"its {slot.ty} has no heap memory to free."
            self.step(span, StepKind.DROP, self.take_notes(
                env, f"`{slot.name}`{partly} is dropped because {why}: {effect}"))

    def describe_frees(self, freed: list[tuple[int, int]]) -> str:
        if not freed:
            return "owns nothing on the heap, so nothing is freed"
        parts = [f"{size}-byte heap block at {format_address(address)}"
                 for address, size in freed]
        return "frees the " + " and the ".join(parts)

    def drop_value(self, value: Any, ty: T.Ty, reason: str, place: Ref | None = None,
                   skip: set[tuple[int, ...]] | None = None,
                   path: tuple[int, ...] = ()) -> list[tuple[int, int]]:
        """Run a value's destructors and free what it owns; returns the freed blocks."""
        if not self.checks_memory:
            return self.drop_owned(value, ty, reason, place, skip, path)
        try:
            return self.drop_owned(value, ty, reason, place, skip, path)
        except FreedAccess as access:
            # Dropping what is already freed: two owners of one block.
            raise UndefinedBehavior(DOUBLE_FREE, access.address, None) from None

    def drop_closure(self, closure: Any, reason: str) -> list[tuple[int, int]]:
        """A closure is dropped: the values moved into it that it still owns drop now."""
        freed: list[tuple[int, int]] = []
        owner = closure.owner
        for held in closure.held:
            key = (held.place.slot, held.place.path) if held.owned else None
            if key is None or owner is None or key not in owner.closure_owned:
                continue
            owner.closure_owned.discard(key)
            freed.extend(self.drop_value(self.memory.read(held.place), held.ty, reason,
                                         held.place))
        return freed

    def drop_owned(self, value: Any, ty: T.Ty, reason: str, place: Ref | None,
                   skip: set[tuple[int, ...]] | None,
                   path: tuple[int, ...]) -> list[tuple[int, int]]:
        if skip and path in skip:
            return []
        freed: list[tuple[int, int]] = []
        if isinstance(ty, T.BoxTy):
            block = self.memory.heap[value]
            inner_place = Ref(HEAP, value, 0, (), value)
            # `Box<dyn Shape>`: the vtable's drop slot drops the concrete type it boxed
            inner = block.ty if isinstance(ty.inner, T.DynTy) else ty.inner
            if not (skip and (*path, -1) in skip):  # -1: the Box's contents were moved out
                freed.extend(self.drop_value(block.value, inner, reason, inner_place, skip,
                                             (*path, -1)))
            self.rec.apply((FREE, value, f"freed by {reason}"))
            freed.append((value, block.size))
        elif isinstance(ty, T.TupleTy):
            offsets = L.field_offsets(ty)
            for i, (item, item_ty) in enumerate(zip(value, ty.items, strict=True)):
                freed.extend(self.drop_value(item, item_ty, reason, _child(place, i, offsets[i]),
                                             skip, (*path, i)))
        elif isinstance(ty, T.ArrayTy):
            size = L.size_of(ty.element)
            for i, item in enumerate(value):
                freed.extend(self.drop_value(item, ty.element, reason, _child(place, i, i * size),
                                             skip, (*path, i)))
        elif isinstance(ty, T.AdtTy):
            freed.extend(self.drop_adt(value, ty, reason, place, skip, path))
        elif isinstance(ty, T.IterTy) and isinstance(value, std.IterValue):
            freed.extend(std.drop_iter(cast("Interpreter", self), value, reason))
        elif isinstance(ty, T.FnTy) and isinstance(value, std.Closure):
            freed.extend(self.drop_closure(value, reason))
        return freed

    def drop_adt(self, value: Any, ty: T.AdtTy, reason: str, place: Ref | None,
                 skip: set[tuple[int, ...]] | None, path: tuple[int, ...]) -> list[tuple[int, int]]:
        freed: list[tuple[int, int]] = []
        if ty.name in ("String", "Vec", "BinaryHeap"):
            ptr, cap, length = value
            if ty.name != "String" and cap and T.needs_drop(ty.args[0]):
                for i, item in enumerate(self.memory.heap[ptr].value[:length]):
                    element = Ref(HEAP, ptr, 0, (i,), ptr + i * L.size_of(ty.args[0]))
                    freed.extend(self.drop_value(item, ty.args[0], reason, element))
            if cap:
                size = self.memory.heap[ptr].size
                self.rec.apply((FREE, ptr, f"freed by {reason}"))
                freed.append((ptr, size))
            return freed
        if ty.name in ("Rc", "Arc"):
            return self.heap.rc_release(value, ty, reason)
        if ty.name == "Weak":
            return self.heap.weak_release(value, reason)
        if ty.name in ("HashMap", "HashSet"):
            return std.maps.drop(self, value, ty, reason)  # type: ignore[arg-type]
        if ty.name == "VecDeque":
            return std.deques.drop(self, value, ty, reason)  # type: ignore[arg-type]
        if ty.name in ("BTreeMap", "BTreeSet"):
            return std.btree.drop(self, value, ty, reason)  # type: ignore[arg-type]
        if ty.name == "RefCell":
            return self.drop_value(value[1], ty.args[0], reason, None, skip, (*path, 1))
        if ty.name in ("Ref", "RefMut"):
            self.heap.release_guard(value, ty.name == "RefMut")
            return []
        guard = ty.args[0] if ty.name == "PoisonError" and ty.args else ty
        if isinstance(guard, T.AdtTy) and guard.name in ("RwLockReadGuard", "RwLockWriteGuard"):
            std.rwlock.release(self, value, guard.name == "RwLockWriteGuard")  # type: ignore[arg-type]
            return []
        if ty.name in ("MutexGuard", "PoisonError"):
            std.sync.unlock(self, value)  # type: ignore[arg-type]
            return []
        if ty.name == "Mutex":
            return self.drop_value(value[2], ty.args[0], reason, None, skip, (*path, 2))
        if ty.name == "RwLock":
            return self.drop_value(value[3], ty.args[0], reason, None, skip, (*path, 3))
        if ty.name in ("Sender", "Receiver", "SyncSender"):
            return std.sync.hang_up(self, value, ty, reason)  # type: ignore[arg-type]
        if ty.name == "SendError":
            return self.drop_value(value, ty.args[0], reason, place, skip, path)
        defn = ty.defn
        if defn is None:
            return freed
        if defn.has_drop:
            self.run_drop_impl(value, ty, place)
        variant, fields, types = variant_fields(value, ty)
        offset = 1 if defn.is_enum else 0
        offsets = L.variant_offsets(ty, defn.variants.index(variant))
        for i, (item, item_ty) in enumerate(zip(fields, types, strict=True)):
            child = _child(place, i + offset, offsets[i])
            freed.extend(self.drop_value(item, item_ty, reason, child, skip, (*path, i + offset)))
        return freed

    def run_drop_impl(self, value: Any, ty: T.AdtTy, place: Ref | None) -> None:
        """`impl Drop`: its `drop(&mut self)` runs like a call, before the fields drop."""
        item = cast("ItemTable", self.c.items).drop_impls[ty.name]
        env = self.envs[-1]
        temporary = place is None
        if place is None:
            place = self.temp_slot(env, value, ty)
            env.temps.pop()  # it dies right here, not at the `;`
        what = self.place_name(place) if not temporary else f"a {ty}"
        self.call_function(item, [place], item.name_span,
                           why=f"`{what}` is being dropped and `{ty}` implements `Drop`, so "
                           "Rust first runs its `drop(&mut self)` (fields are dropped after "
                           "it). ")
        if temporary and place.region == STACK:
            frame = self.memory.frames[place.root]
            if place.slot == len(frame.slots) - 1:
                self.rec.apply((REMOVE_SLOTS, place.root, 1))

    def drop_temps_since(self, env: Env, count: int) -> None:
        """Drop only the temporaries made since there were `count` of them."""
        if len(env.temps) > count:
            outer, env.temps = env.temps[:count], env.temps[count:]
            self.drop_temps(env)
            env.temps = outer

    def drop_temps(self, env: Env) -> None:
        """Temporaries die at the end of their statement, newest first."""
        while env.temps:
            value, ty, ref = env.temps.pop()
            skip = None
            moved = False
            if ref is not None and ref.region == STACK and ref.root == env.frame:
                # Parts a pattern moved out of the temporary are not dropped twice.
                slot = self.memory.frames[env.frame].slots[ref.slot]
                moved = slot.state is SlotState.MOVED
                skip = env.moved_paths.pop(ref.slot, None)
                value = slot.value
            freed = self.drop_value(value, ty, "dropping a temporary", ref, skip) if (
                T.needs_drop(ty) and not moved) else []
            if ref is not None and ref.region == STACK and ref.root == env.frame:
                frame = self.memory.frames[env.frame]
                if ref.slot == len(frame.slots) - 1:
                    self.rec.apply((REMOVE_SLOTS, env.frame, 1))
            if freed:
                env.notes.append(f"drop:The temporary {ty} is dropped at the end of the "
                                 f"statement and {self.describe_frees(freed)}.")

    def drop_temps_above(self, env: Env, first: int) -> None:
        """Temporaries living in slots the closing scope is about to pop die first."""
        keep = [t for t in env.temps if not (t[2] is not None and t[2].region == STACK
                                              and t[2].root == env.frame and t[2].slot >= first)]
        if len(keep) == len(env.temps):
            return
        dying = [t for t in env.temps if t not in keep]
        env.temps = dying
        self.drop_temps(env)
        env.temps = keep

    def new_slots(self, env: Env, before: int) -> list[tuple[int, int]]:
        """The (binding key, slot) pairs added since there were `before` of them.

        `env.slots` keeps insertion order and an inner scope removes exactly what it
        added, so a scope's own bindings are the ones after its starting count.
        """
        if len(env.slots) <= before:
            return []
        return list(itertools.islice(env.slots.items(), before, None))

    def pop_slots(self, env: Env, bindings: list[tuple[int, int]]) -> None:
        """Take a scope's slots (the top of the frame) off the stack, with their temporaries."""
        frame = self.memory.frames[env.frame]
        first = min(slot for _, slot in bindings)
        if self.checks_memory:
            self.remember_dead(frame, first)
        self.drop_temps_above(env, first)
        self.rec.apply((REMOVE_SLOTS, env.frame, len(frame.slots) - first))
        for key, _ in bindings:
            del env.slots[key]
        for slot in list(env.moved_paths):
            if slot >= first:
                del env.moved_paths[slot]

    def end_block(self, env: Env, bindings: list[tuple[int, int]], block: ast.Block) -> None:
        """`}` of a nested block: drops, then its slots leave the stack (one step)."""
        if not bindings:
            return
        span = block.close_span
        self.drop_scope(env, bindings, span)
        frame = self.memory.frames[env.frame]
        names = [frame.slots[slot].name for _, slot in bindings]
        size = sum(frame.slots[slot].size for _, slot in bindings)
        self.pop_slots(env, bindings)
        self.step(span, StepKind.SCOPE_END,
                  f"`}}` ends the block: {name_list(names)} "
                  f"{'goes' if len(names) == 1 else 'go'} out of scope. "
                  f"{'Its' if len(names) == 1 else 'Their'} {size} bytes stay part of "
                  f"`{frame.function}`'s frame, unused now: a frame is popped only when "
                  "its function returns.")


def _child(place: Ref | None, index: int, offset: int) -> Ref | None:
    return place.child(index, place.address + offset) if place is not None else None
