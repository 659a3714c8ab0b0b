"""Signatures of `std::thread` and `std::time::Duration` (the runtime is
`machine/std/sync.py`; the design is docs/threads.md)."""

from __future__ import annotations

from collections.abc import Callable

from stackheap_tui.lang import types as T

Fresh = Callable[[], T.Ty]
Params = tuple[T.Ty, ...]

DURATION = T.AdtTy("Duration")
# `Box<dyn Any + Send>`: what `join` gives when the thread panicked (Debug: `Any { .. }`).
PANIC_PAYLOAD = T.AdtTy("Box<dyn Any + Send>")
# What `use` brings in: the path -> its short name.
IMPORTS = {("std", "thread"): "thread", ("std", "time", "Duration"): "Duration",
           ("std", "sync", "Arc"): "Arc", ("std", "sync", "Mutex"): "Mutex",
           ("std", "sync", "mpsc"): "mpsc", ("std", "sync", "MutexGuard"): "MutexGuard",
           ("std", "thread", "JoinHandle"): "JoinHandle", ("std", "time"): "time",
           ("std", "sync", "RwLock"): "RwLock",
           ("std", "sync", "RwLockReadGuard"): "RwLockReadGuard",
           ("std", "sync", "RwLockWriteGuard"): "RwLockWriteGuard",
           ("std", "sync", "mpsc", "self"): "mpsc", ("std", "sync", "Condvar"): "Condvar",
           ("std", "sync", "mpsc", "TryRecvError"): "TryRecvError",
           ("std", "sync", "mpsc", "RecvTimeoutError"): "RecvTimeoutError"}
# The guards of std's locks (each holds its lock's place; dropping it unlocks).
LOCK_GUARDS = ("MutexGuard", "RwLockReadGuard", "RwLockWriteGuard")


def join_handle(ret: T.Ty) -> T.AdtTy:
    return T.AdtTy("JoinHandle", (ret,))


# `&Scope`: what `thread::scope` lends its closure, to spawn scoped threads with.
SCOPE = T.AdtTy("Scope")


def scoped_join_handle(ret: T.Ty) -> T.AdtTy:
    return T.AdtTy("ScopedJoinHandle", (ret,))


def sender(item: T.Ty) -> T.AdtTy:
    return T.AdtTy("Sender", (item,))


def receiver(item: T.Ty) -> T.AdtTy:
    return T.AdtTy("Receiver", (item,))


RECV_ERROR = T.AdtTy("RecvError")


def _error_enum(name: str, variants: tuple[str, ...]) -> T.AdtTy:
    return T.AdtTy(name, (), T.AdtDef(name, True, [
        T.VariantDef(v, "unit", (), (), -1) for v in variants], (),
        frozenset({"Debug", "Clone", "Copy", "PartialEq", "Eq"})))


# What `try_recv` / `recv_timeout` give when no value comes, and what their Display says.
TRY_RECV_ERROR = _error_enum("TryRecvError", ("Empty", "Disconnected"))
RECV_TIMEOUT_ERROR = _error_enum("RecvTimeoutError", ("Timeout", "Disconnected"))
CHANNEL_ERRORS = {
    "TryRecvError": ("receiving on an empty channel",
                     "receiving on a closed channel"),
    "RecvTimeoutError": ("timed out waiting on channel",
                         "channel is empty and sending half is closed"),
}


# The std enums a program names by variant (`TryRecvError::Empty`), once imported.
NAMED_ENUMS = {ty.name: ty for ty in (TRY_RECV_ERROR, RECV_TIMEOUT_ERROR)}


CONDVAR = T.AdtTy("Condvar")
# `thread::Builder`: the name given (`Option<String>`) and the stack size asked (ignored);
# `spawn` returns `io::Result<JoinHandle<T>>` (it never fails here).
BUILDER = T.AdtTy("Builder")
IO_ERROR = T.AdtTy("io::Error")
# `thread::current()`: a handle to the running thread; its id is a `ThreadId(n)` (main's 1,
# then 2, 3, ... in the order threads are made: a NonZeroU64, so `Option<ThreadId>` is 8 B).
THREAD = T.AdtTy("Thread")
THREAD_ID = T.AdtTy("ThreadId", (), T.AdtDef(
    "ThreadId", False, [T.VariantDef("ThreadId", "tuple", ("0",), (T.IntTy("u64"),), 0)], (),
    frozenset({"Debug", "Clone", "Copy", "PartialEq", "Eq"})))


def sync_sender(item: T.Ty) -> T.AdtTy:
    return T.AdtTy("SyncSender", (item,))


def mutex(inner: T.Ty) -> T.AdtTy:
    return T.AdtTy("Mutex", (inner,))


def mutex_guard(inner: T.Ty) -> T.AdtTy:
    return T.AdtTy("MutexGuard", (inner,))


def arc(inner: T.Ty) -> T.AdtTy:
    return T.AdtTy("Arc", (inner,))


def function(name: str, hint: T.Ty | None, fresh: Fresh,
             turbofish: Fresh | None = None) -> tuple[str, Params, T.Ty] | None:
    """`thread::spawn`, `thread::sleep`, `Duration::from_*`, `Arc::*`, `Mutex::new`:
    (key, params, return)."""
    for prefix in ("time::", "sync::"):
        if name.startswith(prefix):
            name = name[len(prefix):]
    if name == "mpsc::channel":
        item = turbofish() if turbofish is not None else fresh()
        return name, (), T.TupleTy((sender(item), receiver(item)))
    if name == "mpsc::sync_channel":
        item = turbofish() if turbofish is not None else fresh()
        return name, (T.USIZE,), T.TupleTy((sync_sender(item), receiver(item)))
    if name in ("mpsc::Sender::clone", "Sender::clone"):
        item = fresh()
        return "Sender::clone", (T.RefTy(sender(item)),), sender(item)
    if name == "Mutex::new":
        inner = hint.args[0] if isinstance(hint, T.AdtTy) and hint.name == "Mutex" else fresh()
        return name, (inner,), mutex(inner)
    if name == "thread::Builder::new":
        return name, (), BUILDER
    if name == "thread::current":
        return name, (), THREAD
    if name == "Condvar::new":
        return name, (), CONDVAR
    if name == "RwLock::new":
        inner = hint.args[0] if isinstance(hint, T.AdtTy) and hint.name == "RwLock" else fresh()
        return name, (inner,), T.AdtTy("RwLock", (inner,))
    if name == "Arc::new":
        inner = hint.args[0] if isinstance(hint, T.AdtTy) and hint.name == "Arc" else fresh()
        return name, (inner,), arc(inner)
    if name == "Arc::clone":
        inner = fresh()
        return name, (T.RefTy(arc(inner)),), arc(inner)
    if name in ("Arc::strong_count", "Arc::weak_count"):
        return name, (T.RefTy(arc(fresh())),), T.USIZE
    if name == "Arc::ptr_eq":
        inner = fresh()
        return name, (T.RefTy(arc(inner)), T.RefTy(arc(inner))), T.BOOL
    if name == "thread::spawn":
        ret = hint.args[0] if isinstance(hint, T.AdtTy) and hint.name == "JoinHandle" else (
            fresh())
        return name, (T.FnTy((), ret),), join_handle(ret)
    if name == "thread::scope":
        ret = fresh()
        return name, (T.FnTy((T.RefTy(SCOPE),), ret),), ret
    if name == "thread::sleep":
        return name, (DURATION,), T.UNIT
    if name in ("Duration::from_secs", "Duration::from_millis", "Duration::from_micros"):
        return name, (T.IntTy("u64"),), DURATION
    if name == "Duration::from_nanos":
        return name, (T.IntTy("u64"),), DURATION
    return None


def method(recv: T.AdtTy, name: str, fresh: Fresh) -> tuple[str, str, Params, T.Ty] | None:
    """`handle.join()`: (key, self mode, params, return)."""
    if recv.name in ("JoinHandle", "ScopedJoinHandle") and name == "join":
        return "JoinHandle::join", "value", (), T.result(recv.args[0], PANIC_PAYLOAD)
    if recv.name in ("JoinHandle", "ScopedJoinHandle") and name == "is_finished":
        return "JoinHandle::is_finished", "ref", (), T.BOOL
    if recv.name == "Scope" and name == "spawn":
        ret = fresh()
        return "Scope::spawn", "ref", (T.FnTy((), ret),), scoped_join_handle(ret)
    if recv.name in ("Sender", "SyncSender") and name == "send":
        item = recv.args[0]
        return "Sender::send", "ref", (item,), T.result(T.UNIT, T.AdtTy("SendError", (item,)))
    if recv.name in ("Sender", "SyncSender") and name == "clone":
        return "Sender::clone", "ref", (), recv
    if recv.name == "Receiver" and name == "try_recv":
        return "Receiver::try_recv", "ref", (), T.result(recv.args[0], TRY_RECV_ERROR)
    if recv.name == "Receiver" and name == "recv_timeout":
        return ("Receiver::recv_timeout", "ref", (DURATION,),
                T.result(recv.args[0], RECV_TIMEOUT_ERROR))
    if recv.name == "Receiver" and name == "recv":
        return "Receiver::recv", "ref", (), T.result(recv.args[0], RECV_ERROR)
    if recv.name == "PoisonError" and name == "into_inner" and recv.args and isinstance(
            recv.args[0], T.AdtTy) and recv.args[0].name in LOCK_GUARDS:
        return "PoisonError::into_inner", "value", (), recv.args[0]
    if recv.name == "Builder" and name == "name":
        return "Builder::name", "value", (T.STRING,), BUILDER
    if recv.name == "Builder" and name == "stack_size":
        return "Builder::stack_size", "value", (T.USIZE,), BUILDER
    if recv.name == "Builder" and name == "spawn":
        ret = fresh()
        return ("Builder::spawn", "value", (T.FnTy((), ret),),
                T.result(join_handle(ret), IO_ERROR))
    if recv.name == "Thread" and name == "name":
        return "Thread::name", "ref", (), T.option(T.RefTy(T.STR))
    if recv.name == "Thread" and name == "id":
        return "Thread::id", "ref", (), THREAD_ID
    if recv.name == "Condvar" and name in ("notify_one", "notify_all"):
        return f"Condvar::{name}", "ref", (), T.UNIT
    if recv.name == "Condvar" and name in ("wait", "wait_while"):
        guard = mutex_guard(fresh())
        params: Params = (guard,) if name == "wait" else (
            guard, T.FnTy((T.RefTy(guard.args[0], True),), T.BOOL))
        return (f"Condvar::{name}", "ref", params,
                T.result(guard, T.AdtTy("PoisonError", (guard,))))
    if recv.name == "RwLock" and name in ("read", "write"):
        guard = T.AdtTy("RwLockReadGuard" if name == "read" else "RwLockWriteGuard",
                        (recv.args[0],))
        return (f"RwLock::{name}", "ref", (),
                T.result(guard, T.AdtTy("PoisonError", (guard,))))
    if recv.name == "Mutex" and name == "lock":
        guard = mutex_guard(recv.args[0])
        return "Mutex::lock", "ref", (), T.result(guard, T.AdtTy("PoisonError", (guard,)))
    return None


def send_problem(ty: T.Ty, references: bool = False) -> str | None:
    """Why a value of `ty` may not move into a spawned thread as stackheap-tui checks it
    (a reference, or something not `Send`: rustc's E0373/E0597/E0277, refused for now).
    With `references` (a scoped thread), a shared reference is fine when what it points
    at is (`Sync` as stackheap-tui checks it)."""
    if isinstance(ty, T.RefTy):
        return send_problem(ty.inner, references) if references else "a reference"
    if isinstance(ty, T.AdtTy):
        if ty.name in ("Rc", "Weak", "RefCell", "Cell", "Ref", "RefMut", *LOCK_GUARDS):
            return f"an `{ty.name}`"
        for arg in ty.args:
            problem = send_problem(arg, references)
            if problem is not None:
                return problem
        if ty.defn is not None:
            for variant in ty.defn.variants:
                for field in ty.variant_types(variant):
                    problem = send_problem(field, references)
                    if problem is not None:
                        return problem
    if isinstance(ty, T.BoxTy):
        return send_problem(ty.inner, references)
    if isinstance(ty, T.TupleTy):
        for item in ty.items:
            problem = send_problem(item, references)
            if problem is not None:
                return problem
    if isinstance(ty, T.ArrayTy | T.SliceTy):
        return send_problem(ty.element, references)
    if isinstance(ty, T.DynTy | T.FnTy | T.IterTy):
        return "a closure, iterator or trait object"
    return None
