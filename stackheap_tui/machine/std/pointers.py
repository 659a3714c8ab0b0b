"""Box, Rc and RefCell at run time: their constructors and methods."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from stackheap_tui.lang import ast
from stackheap_tui.lang import layouts as L
from stackheap_tui.lang import types as T
from stackheap_tui.machine.std.registry import CallSite, Code, function, method
from stackheap_tui.memory.records import format_address
from stackheap_tui.memory.render import render_value
from stackheap_tui.memory.state import ALLOC

if TYPE_CHECKING:
    from stackheap_tui.machine.interpreter import Env, Interpreter


@method("Rc::clone")
def _rc_clone(interp: Interpreter, env: Env, recv: Any, ty: T.Ty, args: list[Any],
              e: ast.MethodCall) -> Any:
    name = ty.name if isinstance(ty, T.AdtTy) else "Rc"  # `Rc` or `Arc`
    return interp.heap.rc_clone(interp.memory.read(recv), name)


@method("RefCell::borrow", "RefCell::borrow_mut")
def _refcell_borrow(interp: Interpreter, env: Env, recv: Any, ty: T.Ty, args: list[Any],
                    e: ast.MethodCall) -> Any:
    interp.current_span = e.method_span
    guard = interp.heap.borrow_cell(recv, e.method == "borrow_mut")
    return guard


@method("RefCell::replace")
def _refcell_replace(interp: Interpreter, env: Env, recv: Any, ty: T.Ty, args: list[Any],
                     e: ast.MethodCall) -> Any:
    flag, old = interp.memory.read(recv)
    if flag != 0:
        raise interp.panic_at(e.method_span, "RefCell already borrowed")
    interp.write_place(recv, (flag, args[0]))
    return old


@method("RefCell::into_inner")
def _refcell_into_inner(interp: Interpreter, env: Env, recv: Any, ty: T.Ty, args: list[Any],
                        e: ast.MethodCall) -> Any:
    return recv[1]


@function("Box::new")
def _box_new(site: CallSite) -> Code:
    interp = site.interp
    values = site.values
    inner = site.arg_tys[0]
    size = L.size_of(inner)

    def box_new(env: Env) -> int:
        (value,) = values(env)
        address: int = interp.rec.apply((ALLOC, inner, size, value, "(temporary)"))
        interp.claim(value, inner, f"*{format_address(address)}")
        env.notes.append(f"alloc:`Box::new` allocates {size} bytes on the heap at "
                         f"{format_address(address)} and moves "
                         f"{render_value(value, inner, interp.memory)} into it.")
        return address

    return box_new


@function("Rc::new", "Arc::new")
def _rc_new(site: CallSite) -> Code:
    heap = site.interp.heap
    values = site.values
    inner = site.arg_tys[0]
    name = site.callee.key.split("::")[0]
    return lambda env: heap.rc_new(values(env)[0], inner, name)


@function("Rc::clone", "Arc::clone")
def _rc_clone_fn(site: CallSite) -> Code:
    heap = site.interp.heap
    mem = site.interp.memory
    values = site.values
    name = site.callee.key.split("::")[0]
    return lambda env: heap.rc_clone(mem.read(values(env)[0]), name)


@function("Rc::strong_count", "Arc::strong_count")
def _rc_strong_count(site: CallSite) -> Code:
    mem = site.interp.memory
    values = site.values
    return lambda env: mem.heap[mem.read(values(env)[0])].value[0]


@function("Rc::weak_count", "Arc::weak_count")
def _rc_weak_count(site: CallSite) -> Code:
    mem = site.interp.memory
    values = site.values
    return lambda env: mem.heap[mem.read(values(env)[0])].value[1] - 1


@function("Rc::ptr_eq", "Arc::ptr_eq")
def _rc_ptr_eq(site: CallSite) -> Code:
    mem = site.interp.memory
    values = site.values
    return lambda env: mem.read(values(env)[0]) == mem.read(values(env)[1])


@function("Rc::downgrade")
def _rc_downgrade(site: CallSite) -> Code:
    heap = site.interp.heap
    mem = site.interp.memory
    values = site.values
    return lambda env: heap.weak_new(mem.read(values(env)[0]))


@function("Weak::new")
def _weak_new(site: CallSite) -> Code:
    return lambda env: 0  # no block: std's dangling `usize::MAX` pointer


@method("Weak::upgrade", "Weak::clone", "Weak::strong_count", "Weak::weak_count")
def _weak(interp: Interpreter, env: Env, recv: Any, ty: T.Ty, args: list[Any],
          e: ast.MethodCall) -> Any:
    address = interp.memory.read(recv)
    if e.method == "upgrade":
        return interp.heap.weak_upgrade(address)
    if e.method == "clone":
        return interp.heap.weak_new(address)
    if not address:
        return 0
    strong, weak, _ = interp.memory.heap[address].value
    if e.method == "strong_count":
        return strong
    return weak - 1 if strong else 0


@function("Cell::new")
def _cell_new(site: CallSite) -> Code:
    values = site.values
    return lambda env: values(env)[0]  # a Cell is its value, nothing more


@method("Cell::get", "Cell::set", "Cell::replace", "Cell::into_inner")
def _cell(interp: Interpreter, env: Env, recv: Any, ty: T.Ty, args: list[Any],
          e: ast.MethodCall) -> Any:
    if e.method == "into_inner":
        return recv
    old = interp.memory.read(recv)
    if e.method == "get":
        return old
    interp.write_place(recv, args[0])  # through `&self`: a Cell's interior mutability
    if e.method == "set":
        assert isinstance(ty, T.AdtTy)
        interp.drop_value(old, ty.args[0], "`Cell::set` (the old value)")
        return ()
    return old


@function("RefCell::new")
def _refcell_new(site: CallSite) -> Code:
    values = site.values
    return lambda env: (0, values(env)[0])
