"""Bindings and slots: where locals and temporaries live in the frame, and which were moved out."""

from __future__ import annotations

from typing import Any

from stackheap_tui.lang import types as T
from stackheap_tui.lang.program import Binding
from stackheap_tui.machine.interpreter.env import Env
from stackheap_tui.machine.interpreter.ownership import Ownership
from stackheap_tui.machine.interpreter.state import TEMPORARY
from stackheap_tui.memory.records import SlotState
from stackheap_tui.memory.state import ADD_SLOT, SET_STATE
from stackheap_tui.memory.values import HEAP, STACK, Ref


class Slots(Ownership):
    """Slots for bindings and temporaries, and their moved-from state."""

    def add_binding(self, env: Env, binding: Binding, value: Any) -> int:
        slot = self.rec.apply((ADD_SLOT, binding.name, binding.ty, value, SlotState.LIVE))
        env.slots[id(binding)] = slot
        self.claim(value, binding.ty, binding.name)
        return slot

    def place_name(self, place: Any) -> str:
        """How the picture names the owner at a place: `v`, `p.1`, `*b`."""
        if isinstance(place, Ref) and place.region == STACK:
            slot = self.memory.frames[place.root].slots[place.slot]
            return slot.name + "".join(f".{i}" for i in place.path)
        if isinstance(place, Ref) and place.region == HEAP and place.root in self.memory.heap:
            block = self.memory.heap[place.root]
            if block.kind == "vec" and place.path:
                return f"{self.owner_name(place.root)}[{place.path[0]}]"
            return f"*{self.owner_name(place.root)}"
        return TEMPORARY

    def adopt(self, place: Any, ty: T.Ty) -> None:
        """After a String/Vec at `place` changed, its (maybe new) buffer is owned there."""
        if isinstance(place, Ref):
            self.claim(self.memory.read(place), ty, self.place_name(place))

    def slot_ref(self, env: Env, slot_index: int) -> Ref:
        slot = self.memory.frames[env.frame].slots[slot_index]
        return Ref(STACK, env.frame, slot_index, (), slot.address)

    def temp_slot(self, env: Env, value: Any, ty: T.Ty) -> Ref:
        """Materialise a temporary in the frame (what `&String::from("x")` borrows)."""
        slot = self.rec.apply((ADD_SLOT, TEMPORARY, ty, value, SlotState.LIVE))
        ref = self.slot_ref(env, slot)
        env.temps.append((value, ty, ref))
        return ref

    def extended_slot(self, env: Env, key: int, value: Any, ty: T.Ty) -> Ref:
        """A temporary that lives to the end of its block, like a variable (`let r =
        &make();`): the scope drops it with its locals."""
        slot = self.rec.apply((ADD_SLOT, TEMPORARY, ty, value, SlotState.LIVE))
        env.slots[key] = slot
        return self.slot_ref(env, slot)

    def remember_dead(self, frame: Any, first: int) -> None:
        """What-if runs: which variable a dangling stack pointer pointed at."""
        self.dead_slots.extend((frame.function, slot.name, slot.address, slot.size)
                               for slot in frame.slots[first:])

    def mark_place_moved(self, place: Ref) -> None:
        """A pattern took (part of) a variable by value: whole or partial move."""
        if place.region == HEAP and self.envs:
            # Inside a Box held by a local (`let W(s) = *b;`): a move out of `b`'s
            # contents, path -1, so dropping `b` frees its block but not what moved.
            owner = self.box_slot_of(self.envs[-1], place.root)
            if owner is None:
                return
            for step in (-1, *place.path):
                owner = owner.child(step, place.address)
            place = owner
        env = next((e for e in reversed(self.envs) if e.frame == place.root), None)
        if env is None:
            return
        env.closure_owned.discard((place.slot, place.path))
        if not place.path:
            self.rec.apply((SET_STATE, place.root, place.slot, SlotState.MOVED, "moved"))
            return
        env.moved_paths.setdefault(place.slot, set()).add(place.path)
        slot = self.memory.frames[place.root].slots[place.slot]
        self.rec.apply((SET_STATE, place.root, place.slot, slot.state, "partially moved"))

    def box_slot_of(self, env: Env, block: int) -> Ref | None:
        """The local of this frame that is a Box pointing at `block`, if one is."""
        for index, slot in enumerate(self.memory.frames[env.frame].slots):
            if isinstance(slot.ty, T.BoxTy) and slot.value == block and (
                    slot.state is SlotState.LIVE):
                return self.slot_ref(env, index)
        return None

    def slot_states(self, env: Env) -> tuple[list[tuple[SlotState, str]],
                                              dict[int, set[tuple[int, ...]]]]:
        """The frame's slot states and partial moves, to put back after a failed guard."""
        slots = self.memory.frames[env.frame].slots
        return ([(slot.state, slot.note) for slot in slots],
                {k: set(v) for k, v in env.moved_paths.items()})

    def restore_slot_states(self, env: Env, saved: tuple[list[tuple[SlotState, str]],
                                                         dict[int, set[tuple[int, ...]]]]
                            ) -> None:
        states, moved = saved
        slots = self.memory.frames[env.frame].slots
        for index, (state, note) in enumerate(states[:len(slots)]):
            if slots[index].state is not state or slots[index].note != note:
                self.rec.apply((SET_STATE, env.frame, index, state, note))
        env.moved_paths = moved

    def revive_moved(self, env: Env, index: int) -> None:
        """A what-if run uses a variable after its value moved away (E0382): the program
        treats it as an owner again, so its `}` will drop it a second time, as the lesson
        on moves says (a double free once the new owner has freed the block)."""
        slot = self.memory.frames[env.frame].slots[index]
        if slot.state is SlotState.MOVED and slot.note.startswith("moved") and (
                index not in env.moved_paths):
            self.rec.apply((SET_STATE, env.frame, index, SlotState.LIVE,
                            "used after the move: an owner again"))

    def mark_moved_to(self, env: Env, destination: str) -> None:
        """Name where the values just moved out of this frame went (`moved → b`)."""
        frame = self.memory.frames[env.frame]
        for index, slot in enumerate(frame.slots):
            if slot.state is SlotState.MOVED and slot.note == "moved":
                self.rec.apply((SET_STATE, env.frame, index, SlotState.MOVED,
                                f"moved → {destination}"))
