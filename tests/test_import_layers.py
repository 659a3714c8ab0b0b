"""The stages import one way: lang → memory → machine / trace → view (docs/ARCHITECTURE.md).

Every `import` in the package is read (lazy ones inside functions and `TYPE_CHECKING`
ones too) and held against the table below; a subprocess then proves the stages really
load without what they must not know (harlequin's import hygiene).
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "stackheap_tui"

# What each stage (a subpackage, or a top-level module) may import from the package.
ALLOWED: dict[str, set[str]] = {
    "lang": {"lang", "resources"},  # resources: where the grammar file is
    "memory": {"lang", "memory"},
    "machine": {"lang", "memory", "machine"},
    "trace": {"lang", "memory", "trace"},
    "view": {"lang", "memory", "trace", "view", "resources", "pipeline"},
    "pipeline": {"lang", "memory", "machine", "trace", "pipeline"},
    "resources": {"resources"},
    "cli": {"cli", "lang", "memory", "pipeline", "resources", "view", "machine", "serve",
            "schedule_cli"},
    # The explorer of thread interleavings runs whole programs through the pipeline; its
    # command-line options live apart from `cli` (issue 21).
    "explore": {"machine", "pipeline", "explore"},
    "schedule_cli": {"lang", "machine", "explore", "schedule_cli"},
    "serve": set(),  # starts the app's own command line per browser tab, imports none of it
    "__main__": {"cli"},
    "__init__": set(),
}

# The view draws what it is handed: of `lang` it reads only plain data (spans, diagnostics,
# a rejected program's explanations) and the letters of the permissions, never the parser,
# the checker or the borrow checker; the pipeline hands it what those work out.
VIEW_READS_FROM_LANG = {"span", "diagnostics", "permissions", "permission_errors"}
# The view reaches the front end only through `view/loading.py`, which asks the pipeline.
VIEW_MODULES_USING_PIPELINE = {"view.loading"}
# Of the machine, only its step limit (for `--help`) and the thread schedule a run follows
# (`--schedule`) are read by the command line.
CLI_READS_FROM_MACHINE = {"limits", "schedule"}


def _modules() -> list[tuple[str, Path]]:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE).with_suffix("").parts
        if parts[-1] == "__init__" and len(parts) > 1:
            parts = parts[:-1]
        found.append((".".join(parts), path))
    return found


def _imports(path: Path, module: str) -> list[tuple[str, int]]:
    """The package modules `path` imports (dotted, without `stackheap_tui.`), with lines."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package_parts = module.split(".")
    if path.name != "__init__.py":
        package_parts = package_parts[:-1]
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package_parts[: len(package_parts) - (node.level - 1)]
                prefix = ".".join(["stackheap_tui", *base, *(node.module or "").split(".")])
            else:
                prefix = node.module or ""
            names = [prefix.rstrip(".")]
            names += [f"{prefix}.{alias.name}" for alias in node.names
                      if (PACKAGE.parent / f"{prefix}.{alias.name}".replace(".", "/")).with_suffix(
                          ".py").exists()]
        else:
            continue
        for name in names:
            if name == "stackheap_tui" or name.startswith("stackheap_tui."):
                out.append((name.removeprefix("stackheap_tui").lstrip("."), node.lineno))
    return out


def _violations() -> list[str]:
    problems = []
    for module, path in _modules():
        stage = module.split(".")[0]
        allowed = ALLOWED.get(stage)
        if allowed is None:
            problems.append(f"{module}: a stage the import table does not know")
            continue
        for target, line in _imports(path, module):
            if not target:
                continue
            target_stage = target.split(".")[0]
            where = f"{path.relative_to(PACKAGE.parent)}:{line} imports {target}"
            if target_stage not in allowed:
                problems.append(f"{where}: {stage} may not import {target_stage}")
            elif (stage == "view" and target_stage == "lang"
                  and target.split(".")[1:2] not in [[name] for name in VIEW_READS_FROM_LANG]):
                problems.append(f"{where}: the view reads only plain data from lang")
            elif (stage == "view" and target_stage == "pipeline"
                  and module not in VIEW_MODULES_USING_PIPELINE):
                problems.append(f"{where}: only view/loading.py asks the pipeline")
            elif (stage == "cli" and target_stage == "machine"
                  and target.split(".")[1:2] not in [[name] for name in CLI_READS_FROM_MACHINE]):
                problems.append(f"{where}: the command line runs programs via the pipeline")
    return problems


def test_every_import_runs_down_the_stages() -> None:
    assert _violations() == []


def test_the_table_catches_an_import_against_the_stages(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    # The check itself can fail: a lang module importing the machine is reported.
    fake = tmp_path / "stackheap_tui"
    (fake / "lang").mkdir(parents=True)
    (fake / "machine").mkdir()
    (fake / "machine" / "values.py").write_text("")
    (fake / "lang" / "bad.py").write_text("from stackheap_tui.machine import values\n")
    monkeypatch.setattr(sys.modules[__name__], "PACKAGE", fake)
    assert _violations() == [
        "stackheap_tui/lang/bad.py:1 imports machine: lang may not import machine",
        "stackheap_tui/lang/bad.py:1 imports machine.values: lang may not import machine",
    ]


def _loaded_after(statement: str) -> set[str]:
    code = f"import sys\n{statement}\nprint('\\n'.join(sorted(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, cwd=PACKAGE.parent)
    return set(done.stdout.split())


@pytest.mark.parametrize(("statement", "absent"), [
    ("import stackheap_tui.pipeline", ("textual", "rich", "stackheap_tui.view")),
    ("import stackheap_tui.machine.interpreter", ("stackheap_tui.trace", "stackheap_tui.view",
                                                  "textual")),
    ("import stackheap_tui.trace.trace", ("stackheap_tui.machine", "stackheap_tui.view",
                                          "textual")),
    ("import stackheap_tui.lang.check", ("stackheap_tui.memory", "stackheap_tui.machine",
                                         "stackheap_tui.trace", "textual")),
])
def test_a_stage_loads_without_the_stages_after_it(statement: str,
                                                   absent: tuple[str, ...]) -> None:
    loaded = _loaded_after(statement)
    assert [name for name in loaded if name.split(".")[0] in absent
            or any(name == a or name.startswith(a + ".") for a in absent)] == []
