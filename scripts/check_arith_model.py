#!/usr/bin/env python3
"""Check tests/arith_model.py (the Python model of Rust integer arithmetic) against rustc.

Generates random cases with the model's own generator, puts them all in ONE Rust
program (each case a function, run under `catch_unwind`, a panic hook printing the
panic message), compiles it with `rustc --edition 2024` (a debug build: overflow
checks on) and compares every case's output with the model's prediction.

Usage: python scripts/check_arith_model.py [--cases N] [--seed S]
Exit 0 when every case agrees; otherwise prints the disagreements and exits 1.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests import arith_model as m

HOOK = """    std::panic::set_hook(Box::new(|info| {
        let text = info.to_string();
        println!("PANIC {}", text.lines().last().unwrap_or(""));
    }));
"""


def rust_program(cases: list[tuple[str, list[tuple[str, m.Expr]], dict[str, int]]]) -> str:
    functions, calls = [], []
    for index, (ty, lines, env) in enumerate(cases):
        single = m.program(ty, lines, env)
        function = single.split("\n\nfn main()")[0].replace("fn calc(", f"fn case{index}(", 1)
        functions.append(function)
        arguments = single.split("calc(")[-1].split(");")[0]
        calls.append(f"    let _ = std::panic::catch_unwind(|| case{index}({arguments}));\n"
                     f'    println!("END");')
    return ("\n\n".join(functions) + "\n\nfn main() {\n" + HOOK + "\n".join(calls) + "\n}\n")


def predicted(ty: str, lines: list[tuple[str, m.Expr]], env: dict[str, int]) -> str:
    stdout, panic = m.expected_run(ty, lines, env)
    return stdout + (f"PANIC {panic}\n" if panic is not None else "")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=6)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    cases = [m.gen_case(rng.randint) for _ in range(args.cases)]
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "arith.rs"
        source.write_text(rust_program(cases))
        env = {k: v for k, v in os.environ.items() if k != "RUST_BACKTRACE"}
        build = subprocess.run(["rustc", "--edition", "2024", "-A", "warnings", "-o",
                                str(Path(folder) / "arith"), str(source)],
                               capture_output=True, text=True, env=env)
        if build.returncode != 0:
            print(build.stderr[:3000])
            return 1
        run = subprocess.run([str(Path(folder) / "arith")], capture_output=True, text=True,
                             env=env)
    outputs = run.stdout.split("END\n")[:-1]
    if len(outputs) != len(cases):
        print(f"the program stopped after {len(outputs)} of {len(cases)} cases:\n"
              f"{run.stderr[-2000:]}")
        return 1
    wrong = 0
    for (ty, lines, env_), got in zip(cases, outputs, strict=True):
        want = predicted(ty, lines, env_)
        if got != want:
            wrong += 1
            if wrong <= 10:
                print(f"--- {ty} {env_}\n{m.program(ty, lines, env_)}rustc: {got!r}\n"
                      f"model: {want!r}")
    print(f"{len(cases) - wrong} of {len(cases)} cases agree with rustc")
    return 1 if wrong else 0


if __name__ == "__main__":
    sys.exit(main())
