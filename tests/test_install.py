"""The wheel works on its own: built, installed in a fresh venv, run outside the checkout."""

from __future__ import annotations

import subprocess
import sys
import venv

import pytest

from tests.expectations import REPO


@pytest.mark.slow
def test_wheel_installs_and_finds_its_grammar_and_samples(tmp_path):
    dist = tmp_path / "dist"
    subprocess.run([sys.executable, "-m", "build", "--wheel", "--outdir", str(dist), str(REPO)],
                   check=True, capture_output=True)
    (wheel,) = dist.glob("*.whl")
    env_dir = tmp_path / "env"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", str(wheel)], check=True,
                   capture_output=True)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    tool = env_dir / "bin" / "stackheap-tui"
    listing = subprocess.run([str(tool), "--list-samples"], cwd=elsewhere, capture_output=True,
                             text=True, check=True)
    assert "box_heap" in listing.stdout
    program = elsewhere / "prog.rs"
    program.write_text("fn main() {\n    let b = Box::new(6 * 7);\n    println!(\"{}\", *b);\n}\n")
    run = subprocess.run([str(tool), "--run", "prog.rs"], cwd=elsewhere, capture_output=True,
                         text=True)
    assert (run.returncode, run.stdout, run.stderr) == (0, "42\n", "")
    module = subprocess.run([str(python), "-m", "stackheap_tui", "--list-samples"],
                            cwd=elsewhere, capture_output=True, text=True, check=True)
    assert module.stdout == listing.stdout
    # Without the web extra, --serve says how to get it (one line, exit 2).
    serve = subprocess.run([str(tool), "--serve"], cwd=elsewhere, capture_output=True,
                           text=True, timeout=60)
    assert (serve.returncode, serve.stdout) == (2, "")
    assert serve.stderr == ("stackheap-tui: error: --serve needs textual-serve, which is not "
                            "installed: pip install 'stackheap-tui[web]' (in a checkout: "
                            "pip install '.[web]')\n")
