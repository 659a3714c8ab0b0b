"""The memory picture at one step, as plain immutable data.

This is what every view reads (the TUI, the `--trace` text, the JSON export):
no Rust semantics and no UI code live here. Values arrive already rendered as
text by the machine, which knows the types.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import Enum

from stackheap_tui.lang import types as T
from stackheap_tui.lang.span import Span


def format_address(address: int) -> str:
    """`0x7ffcfff8` as `0x7ffc_fff8`: hex, an underscore every 4 digits from the right."""
    if address < 0:
        raise ValueError(f"an address cannot be negative: {address}")
    digits = f"{address:x}"
    head = len(digits) % 4 or 4
    groups = [digits[:head]] + [digits[i : i + 4] for i in range(head, len(digits), 4)]
    return "0x" + "_".join(groups)


class SlotState(Enum):
    # Members are singletons compared by identity, so the identity hash is the right one;
    # Enum's own hashes the name in Python code, and the trace hashes a state per step.
    __hash__ = object.__hash__

    LIVE = "live"
    UNINIT = "uninitialised"
    MOVED = "moved"  # moved-from: the bytes are still there, but the name may not be used
    DROPPED = "dropped"  # dropped at this step; the slot leaves the stack at the scope's end


class StepKind(Enum):
    """What a step did, for the timeline's marks and for event jumps."""

    __hash__ = object.__hash__  # as SlotState's: the trace looks a kind up per step

    START = "start"  # the program starts: main's frame is pushed
    STATEMENT = "statement"
    CALL = "call"
    RETURN = "return"
    ALLOC = "alloc"
    MOVE = "move"
    DROP = "drop"
    SCOPE_END = "scope-end"
    OUTPUT = "output"
    PANIC = "panic"
    END = "end"
    UNDEFINED = "undefined behaviour"  # what-if only: a rejected program's memory error


@dataclass(frozen=True, slots=True)
class FieldRow:
    """One field of a struct, tuple or enum value, for drawing the value a field a row:
    `depth` 0 for the value's own fields, 1 for their fields, ...; `text` its value as a
    one-line literal (a field with rows of its own below it has "" here)."""

    depth: int
    label: str  # the field's name, or its index in a tuple: `x`, `0`
    text: str


@dataclass(frozen=True, slots=True)
class ByteRange:
    """A stretch of a value's bytes, in memory order: a field, padding, an enum's tag."""

    offset: int
    size: int
    kind: str  # "field", "padding", "tag", "niche", "unused"
    label: str  # a field's name (`x`, `0`), `cap`, `tag`, "padding"
    text: str  # the value there, or what the bytes mean


@dataclass(frozen=True, slots=True)
class ByteLayout:
    """How rustc lays out a value: its bytes from offset 0 up, and plain notes (the
    field order it chose, how an enum tells its variants apart)."""

    type_name: str
    size: int
    align: int
    ranges: tuple[ByteRange, ...]
    notes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class SlotView:
    name: str
    type_name: str
    size: int  # bytes, as rustc lays the type out
    address: int
    value: str  # rendered value ("5", "0x5555_0010", "<moved>")
    state: SlotState = SlotState.LIVE
    points_to: int | None = None  # address this slot's pointer value leads to
    note: str = ""  # e.g. "moved → b"
    fields: tuple[FieldRow, ...] = ()  # a struct/tuple/enum value a field a row
    head: str = ""  # what its first row says when drawn by fields: `Point`, `Msg::Move`
    layout: ByteLayout | None = None  # its bytes as rustc lays them out (the `m` key)
    # The nested blocks it is declared in, outermost first, as (`{` line, `}` line): its
    # storage is in the frame all the same; the picture draws the blocks inside the frame.
    scope: tuple[tuple[int, int], ...] = ()
    vtable: int | None = None  # a trait object's vtable (its fat pointer's second word)


@dataclass(frozen=True, slots=True)
class FrameView:
    function: str
    call_line: int | None  # the caller's line; None for main
    slots: tuple[SlotView, ...]


@dataclass(frozen=True, slots=True)
class ThreadView:
    """One Rust thread's stack (docs/threads.md): `running` is the thread whose step this
    is (its frames are also the snapshot's `frames`)."""

    index: int
    name: str  # "main", "<unnamed>"
    frames: tuple[FrameView, ...]  # outermost first
    running: bool


@dataclass(frozen=True, slots=True)
class AllocationView:
    address: int
    size: int
    type_name: str
    value: str
    # Who owns it: a slot path ("my_number", "main::my_number"), or an `OwnerPath` through
    # the block holding it, named when drawn: `Snapshot.owner_of` gives the name.
    owned_by: str
    freed: bool = False  # a tombstone: shown only for the step that freed it
    note: str = ""  # e.g. "freed by dropping `my_number`"
    kind: str = "box"  # "box", "vec" (a Vec buffer), "string" (a String buffer), "rc"
    length: int | None = None  # Vec/String: elements (bytes) in use
    capacity: int | None = None  # Vec/String: elements (bytes) the block has room for
    element_size: int = 0  # Vec/String: bytes per element
    strong: int | None = None  # Rc: strong count
    weak: int | None = None  # Rc: weak count


@dataclass(frozen=True, slots=True)
class StaticView:
    """A string literal in the read-only static region, where `&str` literals point; or a
    vtable there (`kind` "vtable"), where the fat pointers of trait objects point."""

    address: int
    size: int
    text: str  # rendered as Rust's Debug would: "hello"; a vtable's slots, in order
    kind: str = "str"


@dataclass(frozen=True, slots=True)
class Vtable:
    """One concrete type's vtable for one trait, as rustc lays it out: the drop glue,
    size and align, then a slot per method in the trait's declaration order."""

    type_name: str
    trait: str
    drop: str  # `drop_in_place::<Circle>`, or "none" (nothing to drop)
    size: int
    align: int
    methods: tuple[str, ...]  # the function each slot runs: `<Circle as Shape>::area`

    @property
    def bytes(self) -> int:
        return 8 * (3 + len(self.methods))

    @staticmethod
    def type_name_of(ty: T.Ty) -> str:
        """How a vtable names its concrete type: a closure by its number in the program
        (each closure expression is its own type), any other type as written."""
        return f"{{closure #{ty.ident}}}" if isinstance(ty, T.FnTy) and ty.ident else str(ty)

    @property
    def text(self) -> str:
        slots = [f"drop: {self.drop}", f"size: {self.size}", f"align: {self.align}",
                 *self.methods]
        return f"vtable of {self.type_name} as dyn {self.trait}: [" + ", ".join(slots) + "]"


@dataclass(frozen=True, slots=True, eq=False)
class Printed:
    """What the run had printed after a step: the first `count` (stream, text) chunks of
    its output log. The log only ever grows and every picture of the run shares it, so a
    picture refers to it and copies nothing (10 MB printed is not joined at every step)."""

    chunks: Sequence[tuple[str, str]]
    count: int


@dataclass(frozen=True, slots=True)
class Snapshot:
    """The whole memory picture after a step."""

    step: int  # 0-based index of the step this picture follows
    frames: tuple[FrameView, ...]  # outermost (main) first
    heap: tuple[AllocationView, ...]  # sorted by address
    stdout: str
    stderr: str
    statics: tuple[StaticView, ...] = ()  # string literals, sorted by address
    # The output so far as the run's log (None for a picture made by hand); `stdout` and
    # `stderr` may be left empty for a reader that follows the log (the TUI does).
    printed: Printed | None = field(default=None, compare=False, repr=False)
    # Every thread's stack once the program spawned one (empty for a single thread).
    threads: tuple[ThreadView, ...] = ()
    owners: OwnerNames = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "owners", OwnerNames(self.heap))

    def owner_of(self, block: AllocationView) -> str:
        """Who owns `block` at this step, as named now (`*list.1` through its holder)."""
        return self.owners.name(block.address)

    def slot(self, name: str, frame: int = -1) -> SlotView | None:
        """The live-or-moved slot called `name` in a frame (the newest by default)."""
        if not self.frames:
            return None
        for slot in reversed(self.frames[frame].slots):
            if slot.name == name:
                return slot
        return None

    def allocation(self, address: int) -> AllocationView | None:
        return self.owners.block(address)


class SlotKey(str):
    """A stack slot a step changed: its frame (0: main's) and its index in the frame (a
    hand-made trace may name the slot instead). It is also its text, `slot:<frame>:<slot>`,
    as `StepInfo.changed` and `--json` write it, and equal to that text."""

    frame: int
    slot: int | str

    def __new__(cls, frame: int, slot: int | str) -> SlotKey:
        key = super().__new__(cls, f"slot:{frame}:{slot}")
        key.frame, key.slot = frame, slot
        return key

    def __reduce__(self) -> tuple[type[SlotKey], tuple[int, int | str]]:  # copy, pickle
        return (SlotKey, (self.frame, self.slot))


class HeapKey(str):
    """A heap block a step changed, by its address; its text is `heap:<address>`."""

    address: int

    def __new__(cls, address: int) -> HeapKey:
        key = super().__new__(cls, f"heap:{address}")
        key.address = address
        return key

    def __reduce__(self) -> tuple[type[HeapKey], tuple[int]]:  # copy, pickle
        return (HeapKey, (self.address,))


ChangeKey = SlotKey | HeapKey


def change_key(key: str) -> ChangeKey | None:
    """`key` as a typed key: what the trace records already is one; a key given as text (a
    hand-made trace, a violation's `target`) is read: `slot:<frame>:<index or name>`,
    `heap:<address>` (decimal or 0x…). None for anything else."""
    if isinstance(key, SlotKey | HeapKey):
        return key
    kind, _, rest = key.partition(":")
    if kind == "slot":
        frame, _, which = rest.partition(":")
        if frame.isdigit():
            return SlotKey(int(frame), int(which) if which.isdigit() else which)
    elif kind == "heap":
        try:
            return HeapKey(int(rest, 0))
        except ValueError:
            return None
    return None


@dataclass(frozen=True, slots=True)
class StepInfo:
    index: int  # 0-based; views show index + 1
    span: Span
    kind: StepKind
    explanation: str
    changed: frozenset[str] = field(default_factory=frozenset)
    depth: int = 1  # stack frames after the step (main alone is 1); 0 once main returned
    # `changed` names what this step touched: `SlotKey`s and `HeapKey`s (equal to their text,
    # "slot:<frame index>:<slot index>" and "heap:<address in decimal>").


@dataclass(frozen=True, slots=True)
class Outcome:
    """How the run ended, as the compiled program would have."""

    exit_code: int  # 0, 101 (panic), 134 (stack overflow abort)
    stdout: str
    stderr: str
    stopped_early: str | None = None  # e.g. the step limit message
    violation: Violation | None = None  # what-if runs: the undefined behaviour it hit
    # How much of `stderr` was written before stdout's first whole line, where std's
    # line-buffered stdout first writes to its file (None: stdout never ended a line).
    stderr_before_first_line: int | None = None
    aborted: bool = False  # the process aborts (SIGABRT), as Rust's does: status 134


USE_AFTER_FREE = "use after free"
DOUBLE_FREE = "double free"
DANGLING_STACK = "dangling stack pointer"
STALE_ELEMENT = "read past the length"  # an element a Vec or String no longer holds


@dataclass(frozen=True, slots=True)
class Violation:
    """The undefined behaviour a what-if run of a rejected program reached.

    Only a run the user asked for despite the borrow checker has one: it says what
    went wrong (`kind`), where in memory (`address`; `target` names the tombstone
    "heap:<address>" when the block is still drawn), and why Rust's rules prevent it.
    """

    kind: str  # USE_AFTER_FREE, DOUBLE_FREE, DANGLING_STACK or STALE_ELEMENT
    address: int
    step: int  # the step where it happens (the last one: stepping stops there)
    explanation: str
    target: str | None = None


class OwnerPath(str):
    """A heap block's owner named through the block that holds it: the block at `parent`
    owns it at `prefix` + the parent's owner + `suffix` (`*list.1` is `*`, the owner of
    the Box holding it, `.1`). Moving the parent relabels it without touching it, so a
    move costs one label however long the list behind it; the picture derives the name
    when drawn. Its text is the name when it was set (read where the parent is gone)."""

    parent: int
    prefix: str
    suffix: str

    def __new__(cls, text: str, parent: int, prefix: str, suffix: str) -> OwnerPath:
        path = super().__new__(cls, text)
        path.parent, path.prefix, path.suffix = parent, prefix, suffix
        return path

    def __reduce__(self) -> tuple[type[OwnerPath], tuple[str, int, str, str]]:  # copy, pickle
        return (OwnerPath, (str(self), self.parent, self.prefix, self.suffix))

    def same_place(self, other: object) -> bool:
        """Whether `other` names the same place in the same parent (whatever its text)."""
        return isinstance(other, OwnerPath) and (other.parent, other.prefix, other.suffix) == (
            self.parent, self.prefix, self.suffix)

    def extended(self, suffix: str) -> OwnerPath:
        """The place `suffix` inside this one: `.name`, `.0`, `[3]`."""
        return OwnerPath(str(self) + suffix, self.parent, self.prefix, self.suffix + suffix)


def owner_label(heap: dict[int, object], address: int,
                known: dict[int, str] | None = None) -> str:
    """The owner of the block at `address` as named now, following `OwnerPath`s up to a
    block named outright (iteratively: a 100,000-node list is that deep). `known`: labels
    already derived (filled in as it goes)."""
    known = {} if known is None else known
    chain: list[tuple[int, OwnerPath]] = []
    seen: set[int] = set()
    at = address
    label: str
    while True:
        if at in known:
            label = known[at]
            break
        block = heap.get(at)
        owner = getattr(block, "owner", None)
        if not isinstance(owner, str):
            label = "?"
            break
        if not isinstance(owner, OwnerPath) or owner.parent not in heap or at in seen:
            label = str(owner)
            known[at] = label
            break
        seen.add(at)
        chain.append((at, owner))
        at = owner.parent
    for at, owner in reversed(chain):
        label = owner.prefix + label + owner.suffix
        known[at] = label
    return label


class OwnerNames:
    """The owner names of one picture's blocks, derived when asked and kept.

    A block held inside another is named through its holder (`OwnerPath`), so a node of a
    long list is named through every node before it, and a move renames them all: the
    names are made only for the blocks shown (each in one pass up its holders), and
    their widths (what a pane's layout needs) from the widths of the parts."""

    __slots__ = ("_by_address", "_heap", "_names", "_widths")

    def __init__(self, heap: tuple[AllocationView, ...]) -> None:
        self._heap = heap
        self._by_address: dict[int, AllocationView] | None = None  # made when first asked
        self._names: dict[int, str] = {}
        self._widths: dict[int, int] = {}

    @property
    def by_address(self) -> dict[int, AllocationView]:
        found = self._by_address
        if found is None:
            found = self._by_address = {block.address: block for block in self._heap}
        return found

    def block(self, address: int) -> AllocationView | None:
        return self.by_address.get(address)

    @property
    def made(self) -> int:
        """How many names were made so far (the blocks drawn, not the whole heap)."""
        return len(self._names)

    def link(self, address: int) -> tuple[str, int | None]:
        """The block's owner as stored, and the holder its name goes on through (None: the
        name is the owner's own text, "?" for no such block)."""
        block = self.block(address)
        if block is None:
            return "?", None
        owner = block.owned_by
        if isinstance(owner, OwnerPath) and self.block(owner.parent) is not None:
            return owner, owner.parent
        return owner, None

    def _chain(self, address: int) -> tuple[list[OwnerPath], str]:
        """The paths from the block up to the one named outright, and that name (a cycle
        of holders ends where it comes back, at the name that block was given)."""
        chain: list[OwnerPath] = []
        seen: set[int] = set()
        at: int | None = address
        while True:
            owner, parent = self.link(at)  # type: ignore[arg-type]
            if parent is None or at in seen:
                return chain, str(owner)
            assert isinstance(owner, OwnerPath)
            seen.add(at)  # type: ignore[arg-type]
            chain.append(owner)
            at = parent

    def name(self, address: int) -> str:
        found = self._names.get(address)
        if found is None:
            chain, root = self._chain(address)
            found = "".join([*(path.prefix for path in chain), root,
                             *(path.suffix for path in reversed(chain))])
            self._names[address] = found
        return found

    def width(self, address: int, measure: Callable[[str], int] = len) -> int:
        """`measure(self.name(address))` without making the name: the parts' widths
        summed (`measure` adds up over concatenation, as `len` and cell widths do; one
        `measure` per picture, the widths are kept)."""
        widths = self._widths
        if address in widths:
            return widths[address]
        chain: list[tuple[int, OwnerPath]] = []
        seen: set[int] = set()
        at = address
        while at not in widths:
            owner, parent = self.link(at)
            if parent is None:
                widths[at] = measure(str(owner))
                break
            if at in seen:  # holders in a cycle: measured whole, as `name` makes it
                return measure(self.name(address))
            assert isinstance(owner, OwnerPath)
            seen.add(at)
            chain.append((at, owner))
            at = parent
        for at, path in reversed(chain):
            widths[at] = measure(path.prefix) + widths[path.parent] + measure(path.suffix)
        return widths[address]
