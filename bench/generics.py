"""Generic code costs what the same code written without generics costs (issue 17's bar:
within 20 %). Each pair is one program written twice: with a generic `Stack<T>` and its
`impl<T>` (monomorphised copies) against a hand-written `StackI32`; with `&dyn Shape`
calls through a vtable against calls on the concrete type. Both record the whole trace
(`pipeline.load`, the TUI's work), seven times each, interleaved; the figures are the
median and best, and the ratios generic / plain. Also: an `impl Iterator for Counter`
summed by a generic `fn total<I: Iterator<Item = u64>>` against the same `while let`
over `Counter::next` in a plain function, and `impl Add for Point` (`a + b`) against a
plain `fn add`.

    python bench/generics.py
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from stackheap_tui.pipeline import load  # noqa: E402

N = 3000

GENERIC_STACK = f"""
struct Stack<T> {{ items: Vec<T> }}
impl<T> Stack<T> {{
    fn new() -> Self {{ Stack {{ items: Vec::new() }} }}
    fn push(&mut self, x: T) {{ self.items.push(x); }}
    fn pop(&mut self) -> Option<T> {{ self.items.pop() }}
}}
fn main() {{
    let mut s = Stack::new();
    let mut total: i64 = 0;
    for i in 0..{N} {{ s.push(i as i64); }}
    while let Some(x) = s.pop() {{ total += x; }}
    println!("{{}}", total);
}}
"""

PLAIN_STACK = (GENERIC_STACK.replace("struct Stack<T> { items: Vec<T> }",
                                     "struct Stack { items: Vec<i64> }")
               .replace("impl<T> Stack<T>", "impl Stack").replace("x: T", "x: i64")
               .replace("Option<T>", "Option<i64>"))

DYN_SHAPES = f"""
trait Shape {{ fn area(&self) -> f64; }}
struct Square {{ side: f64 }}
impl Shape for Square {{ fn area(&self) -> f64 {{ self.side * self.side }} }}
fn total(s: &dyn Shape, n: u32) -> f64 {{
    let mut t = 0.0;
    for _ in 0..n {{ t += s.area(); }}
    t
}}
fn main() {{ let q = Square {{ side: 1.5 }}; println!("{{}}", total(&q, {N})); }}
"""

STATIC_SHAPES = DYN_SHAPES.replace("s: &dyn Shape", "s: &Square")

USER_ITERATOR = f"""
struct Counter {{ count: u64 }}
impl Iterator for Counter {{
    type Item = u64;
    fn next(&mut self) -> Option<u64> {{
        if self.count < {N} {{ self.count += 1; Some(self.count) }} else {{ None }}
    }}
}}
fn total<I: Iterator<Item = u64>>(mut it: I) -> u64 {{
    let mut t = 0;
    while let Some(x) = it.next() {{ t += x; }}
    t
}}
fn main() {{ println!("{{}}", total(Counter {{ count: 0 }})); }}
"""

PLAIN_ITERATOR = (USER_ITERATOR.replace("impl Iterator for Counter", "impl Counter")
                  .replace("    type Item = u64;\n", "")
                  .replace("fn total<I: Iterator<Item = u64>>(mut it: I)",
                           "fn total(mut it: Counter)"))

OPERATOR = f"""
use std::ops::Add;
#[derive(Clone, Copy)]
struct Point {{ x: i64, y: i64 }}
impl Add for Point {{
    type Output = Point;
    fn add(self, o: Point) -> Point {{ Point {{ x: self.x + o.x, y: self.y + o.y }} }}
}}
fn main() {{
    let mut p = Point {{ x: 0, y: 0 }};
    let step = Point {{ x: 1, y: 2 }};
    for _ in 0..{N} {{ p = p + step; }}
    println!("{{}} {{}}", p.x, p.y);
}}
"""

PLAIN_OPERATOR = (OPERATOR.replace("use std::ops::Add;\n", "")
                  .replace("impl Add for Point {\n    type Output = Point;\n", "impl Point {\n")
                  .replace("p = p + step;", "p = p.add(step);"))


def timed(generic: str, plain: str, runs: int = 7) -> tuple[list[float], list[float], int,
                                                              int]:
    """`runs` full recordings of each program, interleaved (generic, plain, generic, ...)
    so that a change in the shared machine's load weighs on both alike; sorted times and
    each trace's steps."""
    times: tuple[list[float], list[float]] = ([], [])
    steps = [0, 0]
    for _ in range(runs):
        for which, source in enumerate((generic, plain)):
            start = time.perf_counter()
            trace = load(source, "bench.rs")
            steps[which] = len(trace)
            times[which].append(time.perf_counter() - start)
    return sorted(times[0]), sorted(times[1]), steps[0], steps[1]


def main() -> None:
    assert PLAIN_STACK != GENERIC_STACK and "<T>" not in PLAIN_STACK
    assert "Iterator" not in PLAIN_ITERATOR and "Add" not in PLAIN_OPERATOR
    for name, generic, plain in (("Stack<T> vs Stack of i64", GENERIC_STACK, PLAIN_STACK),
                                 ("&dyn Shape vs &Square", DYN_SHAPES, STATIC_SHAPES),
                                 ("impl Iterator + I: Iterator vs plain next", USER_ITERATOR,
                                  PLAIN_ITERATOR),
                                 ("impl Add (a + b) vs fn add", OPERATOR, PLAIN_OPERATOR)):
        g, p, g_steps, p_steps = timed(generic, plain)
        g_med, p_med = g[len(g) // 2], p[len(p) // 2]
        print(f"{name}: median {g_med:.3f} s (best {g[0]:.3f}, {g_steps} steps) vs "
              f"median {p_med:.3f} s (best {p[0]:.3f}, {p_steps} steps): ratio of medians "
              f"{g_med / p_med:.2f}, of bests {g[0] / p[0]:.2f}", flush=True)


if __name__ == "__main__":
    main()
