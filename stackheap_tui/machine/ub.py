"""Undefined behaviour in `unsafe` code, caught where it happens, as Miri catches it.

A program with `unsafe` code runs with memory guarded (freed blocks kept and never
reused, popped slots remembered): the step that reads or writes through a dangling,
null or out-of-bounds raw pointer, frees a block twice or reads memory never written
stops the run. The report is Miri's shape, `error: Undefined Behavior: …` with the
source line, and the process ends with status 1, as `cargo miri run` does. A program
that reaches none runs exactly as rustc's binary.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from stackheap_tui.lang.diagnostics import Diagnostic, SubNote, render
from stackheap_tui.lang.span import Span
from stackheap_tui.memory.records import format_address

# The kinds of undefined behaviour (`Violation.kind` of an unsafe run).
NULL_DEREF = "null pointer dereference"
OUT_OF_BOUNDS = "out-of-bounds access"
UNINIT_READ = "read of uninitialised memory"

# The std functions after which a block may stay allocated at exit, never freed.
LEAKING = frozenset({"Box::leak", "Box::into_raw", "mem::forget", "ManuallyDrop::new",
                     "MaybeUninit::write"})

_HELP = ("this indicates a bug in the program: it performed an invalid operation, and "
         "caused Undefined Behavior",
         "see https://doc.rust-lang.org/nightly/reference/behavior-considered-undefined.html "
         "for further information")


class MiriError(Exception):
    """Undefined behaviour found in an unsafe run: Miri's message, where, what address."""

    def __init__(self, kind: str, message: str, address: int, span: Span | None = None,
                 explanation: str = "") -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message
        self.address = address
        self.span = span
        self.explanation = explanation


def leak_reason(block: Any) -> str | None:
    """What to call a block still allocated at exit (None: its label already says why)."""
    if block.kind == "rc":
        strong = block.value[0]
        return (f"leaked: its strong count is still {strong} at exit, a reference cycle of "
                "`Rc`s keeps it alive")
    owner = str(block.owner)
    if "never freed" in owner or "leak" in owner or hasattr(block.owner, "parent"):
        return None  # (`Box::leak`, `mem::forget`; or inside another leaked block)
    return f"leaked: {owner}" if owner else "leaked"


def at_span(code: Callable[[Any], Any], span: Span) -> Callable[[Any], Any]:
    """`code`, its undefined behaviour (if any) located at `span`."""

    def located(env: Any) -> Any:
        try:
            return code(env)
        except MiriError as error:
            error.span = error.span or span
            raise

    return located


def null_deref(size: int) -> MiriError:
    return MiriError(NULL_DEREF, "memory access failed: null pointer is a dangling pointer "
                     "(it has no provenance)", 0,
                     explanation=f"Undefined behaviour: this reads or writes {size} bytes "
                     "through a null pointer. A raw pointer may be null; dereferencing "
                     "one is never allowed (check `is_null()` first).")


def out_of_bounds(address: int, size: int, offset: int, alloc_size: int,
                  alloc_address: int) -> MiriError:
    where = format_address(alloc_address)
    return MiriError(
        OUT_OF_BOUNDS,
        f"memory access failed: expected a pointer to {size} bytes of memory, but got the "
        f"allocation at {where}+{offset:#x} which is at or beyond the end of the allocation "
        f"of size {alloc_size} bytes", address,
        explanation=f"Undefined behaviour: an out-of-bounds access. The pointer is "
        f"{offset} bytes into the {alloc_size}-byte allocation at {where}, so these "
        f"{size} bytes lie outside it. Pointer arithmetic (`add`, `offset`) does not "
        "check bounds: staying inside the allocation is the programmer's job.")


def dangling(address: int, heap: bool, what: str) -> MiriError:
    where = format_address(address)
    if heap:
        return MiriError("use after free", f"memory access failed: the allocation at {where} "
                         "has been freed, so this pointer is dangling", address,
                         explanation=f"Undefined behaviour: a use after free. The heap "
                         f"block at {where} ({what}) was freed; the raw pointer still holds "
                         "its address, but the memory is no longer the program's.")
    return MiriError("dangling stack pointer", f"memory access failed: the stack slot at "
                     f"{where} has been freed, so this pointer is dangling", address,
                     explanation=f"Undefined behaviour: the raw pointer leads to {what}, "
                     "a stack slot whose scope ended (or whose function returned). A raw "
                     "pointer has no lifetime: nothing stopped it from outliving its target.")


def double_free(address: int) -> MiriError:
    where = format_address(address)
    return MiriError("double free", f"memory access failed: the allocation at {where} has "
                     "been freed, so this pointer is dangling", address,
                     explanation=f"Undefined behaviour: a double free. The heap block at "
                     f"{where} is freed a second time: two `Box`es (one from `Box::from_raw`)"
                     " each believed they owned it.")


def uninit_read(address: int) -> MiriError:
    return MiriError(UNINIT_READ, "using uninitialized data, but this operation requires "
                     "initialized memory", address,
                     explanation="Undefined behaviour: this reads memory that was allocated "
                     "but never written (past a Vec's length, inside its capacity).")


def miri_error_of(interp: Any, error: Any) -> MiriError:
    """A guarded read's failure (`FreedAccess`) or a drop's double free, as Miri says it."""
    from stackheap_tui.machine.interpreter.signals import UndefinedBehavior
    from stackheap_tui.memory.records import DANGLING_STACK, DOUBLE_FREE, STALE_ELEMENT

    span = getattr(error, "span", None)
    if isinstance(error, UndefinedBehavior):
        kind, address = error.kind, error.address
    else:
        kind = DANGLING_STACK if error.stack else STALE_ELEMENT if error.stale else (
            "use after free")
        address = error.address
    if kind == DOUBLE_FREE:
        made = double_free(address)
    elif kind == DANGLING_STACK:
        made = dangling(address, False, "a stack slot")
    elif kind == STALE_ELEMENT:
        made = uninit_read(address)
    else:
        block = interp.memory.heap.get(address)
        made = dangling(address, True, f"{block.size} bytes" if block is not None else "")
    made.span = span
    return made


def report(error: MiriError, span: Span, source: str, path: str) -> str:
    """Miri's report of the undefined behaviour at `span`, as it prints it on stderr."""
    diagnostic = Diagnostic(f"Undefined Behavior: {error.message}", span, None,
                            "Undefined Behavior occurred here",
                            children=tuple(SubNote("help", text) for text in _HELP))
    return render(diagnostic, source, path) + "\nerror: aborting due to 1 previous error\n\n"
