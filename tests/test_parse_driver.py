"""The fast parse loop (`lang/syntax/driver.py`) against Lark's own tree and the tree
builder it replaces, and the lexing a failed parse shares."""

from __future__ import annotations

from pathlib import Path

import pytest
from lark import Token

from stackheap_tui.lang.diagnostics import CompileError
from stackheap_tui.lang.syntax import build_ast, parse
from stackheap_tui.lang.syntax.comments import blank_comments
from stackheap_tui.lang.syntax.driver import NotFast, fast_parse
from stackheap_tui.lang.syntax.grammar import lark_parser
from stackheap_tui.lang.syntax.parser import _split_closing_angles
from stackheap_tui.lang.syntax.refusals import blank_cfg_test

ROOT = Path(__file__).resolve().parent.parent
PROGRAMS = sorted([*ROOT.glob("tests/conformance/**/*.rs"), *ROOT.glob("samples/*.rs"),
                   *ROOT.glob("tests/fuzz_corpus/*.rs")])


def _lark_way(source: str) -> object:
    try:
        return build_ast(lark_parser().parse(source, on_error=_split_closing_angles))
    except Exception as error:  # any failure: the fast loop must give way too
        return type(error)


def test_fast_loop_builds_the_same_ast_as_lark_on_every_program() -> None:
    assert len(PROGRAMS) > 500
    for path in PROGRAMS:
        source = blank_cfg_test(blank_comments(path.read_text(encoding="utf-8")))
        expected = _lark_way(source)
        try:
            found: object = fast_parse(source)
        except NotFast:
            assert isinstance(expected, type), path  # it gives way only where Lark fails
            continue
        # repr: some nodes compare by identity; every field (spans too) is in the repr
        assert repr(found) == repr(expected), path


@pytest.mark.parametrize("source", [
    "fn main() { let v: Vec<Vec<i32>> = Vec::new(); let n = 3 as usize > 2; }",
    "fn main() { let x = ((1 + 2)) * (3); let t = (x,); let u = (); }",
    "fn main() { let x = 1;; }",
    "struct S<'a> { r: &'a i32 }\nfn main() { let a = [0u8; 4]; let s = &a[1..]; }",
])
def test_fast_loop_matches_lark_on_tricky_syntax(source: str) -> None:
    assert repr(fast_parse(source)) == repr(_lark_way(source))


def test_fast_loop_gives_way_on_errors_and_too_deep_nesting() -> None:
    for source in ["fn main() { let x = ; }", "fn main() { let x = 1 @ 2; }",
                   "fn main() { let x = " + "(" * 300 + "1" + ")" * 300 + "; }"]:
        with pytest.raises(NotFast):
            fast_parse(source)
        with pytest.raises(CompileError):
            parse(source)


def test_a_failed_parse_lexes_the_file_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # The refusal scans and the syntax error's message read one lexing of the file.
    lark = lark_parser()
    real = lark.lex
    calls: list[str] = []

    def counting(text: str, dont_ignore: bool = False) -> list[Token]:
        calls.append(text)
        return list(real(text, dont_ignore))

    monkeypatch.setattr(lark, "lex", counting)
    source = "#[derive(Debug)]\nstruct S;\nfn main() {\n    let s = S;\n    let x = ;\n}\n"
    with pytest.raises(CompileError) as error:
        parse(source)
    assert error.value.diagnostics[0].message.startswith("expected expression")
    assert len(calls) == 1
