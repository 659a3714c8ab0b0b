"""Generic code costs what the same code written without generics costs (issue 17's bar:
within 20 %). Each pair is one program written twice: with a generic `Stack<T>` and its
`impl<T>` (monomorphised copies) against a hand-written `StackI32`; with `&dyn Shape`
calls through a vtable against calls on the concrete type. Both record the whole trace
(`pipeline.load`, the TUI's work); the figure is the best of five runs, and the ratio
generic / plain.

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


def best_of(source: str, runs: int = 5) -> tuple[float, int]:
    best, steps = float("inf"), 0
    for _ in range(runs):
        start = time.perf_counter()
        trace = load(source, "bench.rs")
        steps = len(trace)
        best = min(best, time.perf_counter() - start)
    return best, steps


def main() -> None:
    assert PLAIN_STACK != GENERIC_STACK and "<T>" not in PLAIN_STACK
    for name, generic, plain in (("Stack<T> vs Stack of i64", GENERIC_STACK, PLAIN_STACK),
                                 ("&dyn Shape vs &Square", DYN_SHAPES, STATIC_SHAPES)):
        g, g_steps = best_of(generic)
        p, p_steps = best_of(plain)
        print(f"{name}: {g:.3f} s ({g_steps} steps) vs {p:.3f} s ({p_steps} steps): "
              f"ratio {g / p:.2f}")


if __name__ == "__main__":
    main()
