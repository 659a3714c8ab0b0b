"""Finds the bundled grammar and samples in a checkout and in an installed wheel.

In a checkout they sit at the repository's top level (`grammars/`, `samples/`); the
wheel force-includes them as `stackheap_tui/_data/...`, so both places are tried.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def _data_dir(name: str) -> Path:
    for candidate in (_PACKAGE_DIR / "_data" / name, _PACKAGE_DIR.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"stackheap-tui is missing its bundled {name}/ folder")


def grammar_path() -> Path:
    return _data_dir("grammars") / "rust_subset.lark"


def samples_dir() -> Path:
    return _data_dir("samples")


@dataclass(frozen=True, slots=True)
class Sample:
    """A bundled lesson: `samples/NN_name.rs` opens with `// Title` then `// Watch: ...`."""

    name: str
    path: Path
    title: str
    watch: str


def _read_header(path: Path) -> tuple[str, str]:
    title, watch = path.stem, ""
    comment_lines: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("//"):
            break
        comment_lines.append(line.removeprefix("//").strip())
    if comment_lines:
        title = comment_lines[0]
    watch_lines = [text for text in comment_lines[1:] if text]
    if watch_lines:
        watch = " ".join(watch_lines).removeprefix("Watch:").strip()
    return title, watch


def _sample_name(path: Path) -> str:
    # "01_stack_scopes.rs" -> "stack_scopes": the number only orders the course.
    prefix, _, rest = path.stem.partition("_")
    return rest if prefix.isdigit() and rest else path.stem


@cache
def list_samples() -> tuple[Sample, ...]:
    samples = []
    for path in sorted(samples_dir().glob("*.rs")):
        title, watch = _read_header(path)
        samples.append(Sample(_sample_name(path), path, title, watch))
    return tuple(samples)


def find_sample(name: str) -> Sample | None:
    for sample in list_samples():
        if name in (sample.name, sample.path.stem, sample.path.name):
            return sample
    return None


DEFAULT_SAMPLE = "stack_scopes"
