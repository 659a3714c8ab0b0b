"""Every std method and function the checker accepts has a runtime implementation (no
internal errors)."""

from __future__ import annotations

import re
from pathlib import Path

from stackheap_tui.lang import ast
from stackheap_tui.lang import types as T
from stackheap_tui.lang.diagnostics import CompileError
from stackheap_tui.lang.infer import Types
from stackheap_tui.lang.std import collections as std_collections
from stackheap_tui.lang.std import method_signatures as std_methods
from stackheap_tui.machine import std
from stackheap_tui.pipeline import compile_program

RECEIVERS = [
    T.I32, T.U8, T.IntTy("i64"), T.F64, T.CHAR, T.BOOL, T.STR, T.STRING,
    T.SliceTy(T.I32), T.ArrayTy(T.I32, 3), T.vec(T.I32), T.option(T.I32),
    T.option(T.RefTy(T.I32)), T.option(T.option(T.I32)), T.result(T.I32, T.STRING),
    T.rc(T.I32), T.refcell(T.I32), T.IterTy(T.I32), T.IterTy(T.RefTy(T.I32)),
    T.AdtTy("Range", (T.I32,)), T.AdtTy("Ordering", (), T.ORDERING_DEF),
    T.AdtTy("HashMap", (T.STRING, T.I32)), T.AdtTy("HashSet", (T.I32,)),
    T.AdtTy("Entry", (T.STRING, T.I32)), T.AdtTy("Weak", (T.I32,)), T.AdtTy("Cell", (T.I32,)),
    T.AdtTy("VecDeque", (T.I32,)),
]
# Keys served by generic code paths rather than the METHODS table.
GENERIC = {"clone", "to_string", "eq", "ne", "cmp", "partial_cmp"}


def _names() -> set[str]:
    names = set()
    for module in (std_methods, std_collections):
        source = Path(module.__file__).read_text(encoding="utf-8")  # type: ignore[arg-type]
        names |= set(re.findall(r'"([a-z_][a-z0-9_]*)"', source))
    return names


def test_every_accepted_std_method_has_a_runtime_implementation() -> None:
    types = Types()
    missing = []
    accepted = 0
    for receiver in RECEIVERS:
        for name in sorted(_names()):
            sig = std_methods.method_signature(receiver, name, types.fresh)
            if sig is None:
                continue
            accepted += 1
            if sig.key not in std.METHODS and sig.key not in GENERIC:
                missing.append(f"{receiver}.{name} -> {sig.key}")
    assert accepted > 150
    assert missing == []



# One call of every std function the checker resolves (`Callee("builtin", key)` of a Call).
EVERY_FUNCTION = """
use std::cell::{Cell, RefCell};
use std::mem::{ManuallyDrop, MaybeUninit};
use std::collections::{BTreeMap, BTreeSet, BinaryHeap, HashMap, HashSet, VecDeque};
use std::rc::{Rc, Weak};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Condvar, Mutex, RwLock, mpsc};
use std::thread;
use std::time::Duration;
#[derive(Default)]
struct P { x: i32 }
fn main() {
    let shared = Arc::new(Mutex::new(1));
    let other = Arc::clone(&shared);
    let _counts = (Arc::strong_count(&shared), Arc::weak_count(&shared),
                   Arc::ptr_eq(&shared, &other));
    let worker = thread::spawn(move || { thread::sleep(Duration::from_millis(1)); 2 });
    thread::sleep(Duration::from_secs(0));
    thread::sleep(Duration::from_micros(1));
    thread::sleep(Duration::from_nanos(1));
    let _joined = worker.join();
    let (tx, rx) = mpsc::channel();
    let tx2 = mpsc::Sender::clone(&tx);
    tx2.send(1).unwrap();
    drop(tx);
    let _got = rx.recv();
    let hits = AtomicUsize::new(0);
    let _lock = RwLock::new(1);
    let _cv = Condvar::new();
    let (stx, srx) = mpsc::sync_channel(1);
    stx.send(1).unwrap();
    let _sgot = srx.recv();
    let _me = thread::current().id();
    let named = thread::Builder::new().name(String::from("n")).spawn(|| 1).unwrap();
    let _named = named.join();
    thread::scope(|s| {
        s.spawn(|| hits.fetch_add(1, Ordering::SeqCst));
    });
    let b = Box::new(1);
    let s = String::new();
    let t = String::from("a");
    let u = String::from_str("a");
    let w = String::with_capacity(4);
    let v: Vec<i32> = Vec::new();
    let c: Vec<i32> = Vec::with_capacity(2);
    let f = Vec::from([1, 2]);
    let r = Rc::new(5);
    let r2 = Rc::clone(&r);
    let n = Rc::strong_count(&r) + Rc::weak_count(&r);
    let same = Rc::ptr_eq(&r, &r2);
    let cell = RefCell::new(1);
    let mut a = 1;
    let mut z = 2;
    std::mem::swap(&mut a, &mut z);
    let old = std::mem::replace(&mut a, 3);
    let taken = std::mem::take(&mut a);
    let ch = char::from_u32(65);
    let d = char::from_digit(3, 10);
    let e = char::from(65u8);
    let big = i64::from(3i32);
    let p = P::default();
    let counter = Cell::new(1);
    let parent: Weak<i32> = Weak::new();
    let child = Rc::downgrade(&r);
    let m1: HashMap<i32, i32> = HashMap::new();
    let m2: HashMap<i32, i32> = HashMap::with_capacity(3);
    let s1: HashSet<i32> = HashSet::new();
    let s2: HashSet<i32> = HashSet::with_capacity(3);
    let m3 = HashMap::from([(1, 2)]);
    let s3 = HashSet::from([1]);
    let t1: BTreeMap<i32, i32> = BTreeMap::new();
    let t2: BTreeSet<i32> = BTreeSet::new();
    let t3 = BTreeMap::from([(1, 2)]);
    let t4 = BTreeSet::from([1]);
    let h1: BinaryHeap<i32> = BinaryHeap::new();
    let h2: BinaryHeap<i32> = BinaryHeap::with_capacity(2);
    let h3 = BinaryHeap::from(vec![1]);
    let h4 = BinaryHeap::from([1]);
    let q1: VecDeque<i32> = VecDeque::new();
    let q2: VecDeque<i32> = VecDeque::with_capacity(2);
    let sizes = std::mem::size_of::<i32>() + std::mem::align_of::<i32>()
        + std::mem::size_of_val(&a) + std::mem::align_of_val(&a);
    let mut raw_x = 1;
    let rp = &raw mut raw_x;
    let np: *const i32 = std::ptr::null();
    let nm: *mut i32 = std::ptr::null_mut();
    let bp = Box::into_raw(Box::new(1));
    let leaked = Box::leak(Box::new(2));
    std::mem::forget(String::new());
    let raw_sum = unsafe {
        std::ptr::write(rp, std::ptr::read(rp));
        std::ptr::swap(rp, rp);
        let back = Box::from_raw(bp);
        let rv = vec![1];
        let rs1 = std::slice::from_raw_parts(rv.as_ptr(), 1);
        let mut rw = vec![1];
        let rs2 = std::slice::from_raw_parts_mut(rw.as_mut_ptr(), 1);
        *back + rs1[0] + rs2[0] + *leaked + np.is_null() as i32 + nm.is_null() as i32
    };
    let mut md = ManuallyDrop::new(String::new());
    let mut md2 = ManuallyDrop::new(String::new());
    let md3 = ManuallyDrop::new(1);
    let mu = MaybeUninit::<i32>::uninit();
    let mu2 = MaybeUninit::new(2);
    let wrapped = unsafe {
        ManuallyDrop::drop(&mut md);
        ManuallyDrop::take(&mut md2).len() as i32 + ManuallyDrop::into_inner(md3)
            + mu2.assume_init()
    };
    let _ = (mu, std::ptr::eq(&raw_x, &raw_x), wrapped);
    drop(b);
    println!("{raw_sum}");
    println!("{s}{t}{u}{w}{v:?}{c:?}{f:?}{n}{same}{cell:?}{old}{taken}{ch:?}{d:?}{e}{big}{}{sizes}",
             p.x);
    std::process::exit(0);
}
"""


def test_every_std_function_the_checker_resolves_has_a_runtime_entry() -> None:
    checked = compile_program(EVERY_FUNCTION)
    nodes: list[object] = [checked.program]
    functions = set()
    while nodes:
        node = nodes.pop()
        nodes.extend(ast.children(node))
        callee = checked.callees.get(id(node))
        if isinstance(node, ast.Call) and callee is not None and callee.kind == "builtin":
            functions.add(callee.key)
    assert functions == set(std.FUNCTIONS)


def test_every_std_key_in_the_conformance_programs_has_a_runtime_entry() -> None:
    missing = set()
    for program in sorted((Path(__file__).parent / "conformance").rglob("*.rs")):
        try:
            checked = compile_program(program.read_text(encoding="utf-8"))
        except CompileError:
            continue  # programs that must not compile
        for callee in checked.callees.values():
            if callee.kind == "builtin" and callee.key not in std.METHODS and (
                    callee.key not in std.FUNCTIONS):
                missing.add(f"{program.name}: {callee.key}")
    assert sorted(missing) == []


def test_sorting_many_elements_with_a_counting_closure_is_refused_where_it_runs() -> None:
    """Past 20 elements std's stable sort is driftsort, whose calls of the closure are not
    modelled: a key closure that counts (or prints) is refused there, never run with a
    count rustc's binary would not print; a pure one sorts (conformance: breadth/)."""
    from tests.expectations import run_cli

    program = ("fn main() {\n    let mut v: Vec<u32> = (0..21).map(|i| (i * 7) % 5).collect();\n"
               "    let mut calls = 0;\n    println!(\"before\");\n"
               "    v.sort_by_key(|x| {\n        calls += 1;\n        *x\n    });\n"
               "    println!(\"{calls}\");\n}\n")
    result = run_cli("--run", "-", stdin=program)
    assert result.exit_code == 1
    assert "not supported yet: sorting more than 20 elements with a closure" in result.stderr
    assert "5:7" in result.stderr and "21" not in result.stdout
