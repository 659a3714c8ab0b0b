"""Bad input gets a clear, rustc-style message and the right exit code; never a traceback."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.expectations import run_cli


def run_source(tmp_path, source: str, name: str = "prog.rs"):
    path = tmp_path / name
    path.write_text(source)
    return run_cli("--run", str(path)), str(path)


def test_missing_semicolon_points_after_the_previous_token(tmp_path):
    result, path = run_source(tmp_path, "fn main() {\n    let x = 5\n    println!(\"{}\", x);\n}\n")
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert lines[0] == "error: expected `;`, found `println`"
    assert lines[1] == f" --> {path}:2:14"
    assert "2 |     let x = 5" in lines
    caret_line = lines[lines.index("2 |     let x = 5") + 1]
    assert caret_line.index("^") == len("2 |     let x = 5")


def test_undeclared_name_is_e0425(tmp_path):
    result, path = run_source(tmp_path, "fn main() {\n    let x = 1;\n    println!(\"{}\", x + w);\n}\n")
    assert result.exit_code == 1
    assert result.stderr.startswith("error[E0425]: cannot find value `w` in this scope\n")
    assert f" --> {path}:3:24" in result.stderr
    assert "For more information about this error, try `rustc --explain E0425`." in result.stderr


def test_assigning_twice_to_immutable_is_e0384_with_both_places(tmp_path):
    result, _ = run_source(tmp_path, "fn main() {\n    let x = 5;\n    x = 6;\n    println!(\"{x}\");\n}\n")
    assert result.exit_code == 1
    assert result.stderr.startswith("error[E0384]: cannot assign twice to immutable variable `x`")
    assert "first assignment to `x`" in result.stderr
    assert "^^^^^ cannot assign twice to immutable variable" in result.stderr


def test_use_after_move_is_e0382(tmp_path):
    source = "fn main() {\n    let b = Box::new(7);\n    let c = b;\n    println!(\"{}\", b);\n}\n"
    result, _ = run_source(tmp_path, source)
    assert result.exit_code == 1
    assert result.stderr.startswith("error[E0382]: borrow of moved value: `b`")
    assert "value moved here" in result.stderr


def test_unsupported_construct_names_itself_and_its_location(tmp_path):
    result, path = run_source(tmp_path, "mod shape { }\nfn main() {}\n")
    assert result.exit_code == 1
    assert result.stderr.startswith("error: not supported yet: modules\n")
    assert f" --> {path}:1:1" in result.stderr


def test_parsed_but_unsupported_construct_is_reported_not_skipped(tmp_path):
    source = "struct S;\n\nimpl S {\n    unsafe fn get(&self) -> i32 {\n        1\n    }\n}\n\n" \
        "fn main() {\n    let s = S;\n    let b = unsafe { s.get() };\n    println!(\"{b}\");\n}\n"
    result, path = run_source(tmp_path, source)
    assert result.exit_code == 1
    assert "error: not supported yet: `unsafe fn` methods" in result.stderr
    assert f"{path}:4:5" in result.stderr


def test_missing_file_is_one_line_and_exit_2():
    result = run_cli("--run", "no/such/file.rs")
    assert result.exit_code == 2
    assert result.stderr == "stackheap-tui: error: cannot read `no/such/file.rs`: no such file\n"


def test_directory_binary_and_non_utf8_files(tmp_path):
    assert run_cli("--run", str(tmp_path)).exit_code == 2
    binary = tmp_path / "b.rs"
    binary.write_bytes(b"\x00\x01\xff garbage")
    result = run_cli("--run", str(binary))
    assert result.exit_code == 2 and "binary file" in result.stderr
    latin = tmp_path / "l.rs"
    latin.write_bytes(b"fn main() { /* caf\xe9 */ }")
    result = run_cli("--run", str(latin))
    assert result.exit_code == 2 and "not valid UTF-8" in result.stderr


def test_empty_file_has_no_main_like_rustc(tmp_path):
    result, _ = run_source(tmp_path, "")
    assert result.exit_code == 1
    assert result.stderr.startswith("error[E0601]: `main` function not found in crate")


def test_stdin_dash_reads_the_program():
    result = run_cli("--run", "-", stdin='fn main() { println!("hi {}", 1 + 2); }')
    assert result.exit_code == 0 and result.stdout == "hi 3\n"


def test_runaway_program_stops_at_max_steps(tmp_path):
    lines = "\n".join("    x = x + 1;" for _ in range(50))
    result, _ = run_source(tmp_path, f"fn main() {{\n    let mut x = 0;\n{lines}\n}}\n")
    assert result.exit_code == 0
    path = tmp_path / "prog.rs"
    limited = run_cli("--run", str(path), "--max-steps", "10")
    assert limited.exit_code == 1
    assert "stopped after 10 steps" in limited.stderr


def test_overflow_panics_like_rust(tmp_path):
    source = "fn main() {\n    let mut x: u8 = 200;\n    println!(\"hi\");\n    x += 100;\n    println!(\"{}\", x);\n}\n"
    result, path = run_source(tmp_path, source)
    assert result.exit_code == 101
    assert result.stdout == "hi\n"
    lines = result.stderr.split("\n")
    assert lines[0] == ""
    assert lines[1].startswith("thread 'main' (") and lines[1].endswith(f"panicked at {path}:4:5:")
    assert lines[2] == "attempt to add with overflow"


@pytest.mark.parametrize("source", [
    "fn main() { let x = (((((((1))))))); }",
    "fn main(",
    "}}}}",
    "fn main() { let = 5; }",
    'fn main() { println!("{}"); }',
    "fn main() { let x: Foo = 1; }",
])
def test_odd_programs_never_traceback(tmp_path, source):
    result, _ = run_source(tmp_path, source)
    assert result.exit_code in (0, 1)
    assert "Traceback" not in result.stderr
    assert "internal error" not in result.stderr


def test_deep_nesting_is_an_error_or_a_result_not_a_crash(tmp_path):
    source = "fn main() { let x = " + "(" * 10_000 + "1" + ")" * 10_000 + "; }"
    result, _ = run_source(tmp_path, source)
    assert result.exit_code in (0, 1)
    assert "Traceback" not in result.stderr


def test_or_pattern_binding_different_names_is_e0408(tmp_path):
    source = ("fn main() {\n    let p = (0, 3);\n    match p {\n"
              "        (xx, 0) | (0, x) => println!(\"{x}\"),\n        _ => {}\n    }\n}\n")
    result, _ = run_source(tmp_path, source)
    assert result.exit_code == 1
    assert result.stderr.startswith("error[E0408]: variable `x` is not bound in all patterns")


def test_drop_taking_self_by_value_is_e0053_not_a_crash(tmp_path):
    source = ("struct G;\nimpl Drop for G {\n    fn drop(mut self) {}\n}\n"
              "fn main() {\n    let _g = G;\n}\n")
    result, _ = run_source(tmp_path, source)
    assert result.exit_code == 1
    assert result.stderr.startswith("error[E0053]: method `drop` has an incompatible type")


def test_path_with_spaces_is_read_and_shown_as_given(tmp_path):
    folder = tmp_path / "my rust files"
    folder.mkdir()
    result, path = run_source(folder, "fn main() {\n    let x = 5\n}\n", name="first try.rs")
    assert result.exit_code == 1
    assert f" --> {path}:2:14" in result.stderr
    ok, _ = run_source(folder, 'fn main() { println!("ok"); }\n', name="second try.rs")
    assert (ok.exit_code, ok.stdout) == (0, "ok\n")


def test_empty_stdin_is_like_an_empty_file():
    result = run_cli("--run", "-", stdin="")
    assert result.exit_code == 1
    assert result.stderr.startswith("error[E0601]: `main` function not found in crate")


def test_whitespace_only_and_comment_only_files_have_no_main(tmp_path):
    for source in ("\n\n   \t\n", "// just a comment\n/* and a block */\n", "\ufeff"):
        result, _ = run_source(tmp_path, source)
        assert result.exit_code == 1
        assert result.stderr.startswith("error[E0601]")


def test_ten_thousand_nested_blocks_are_an_error_or_a_result(tmp_path):
    for source in ("fn main() { let x = " + "{" * 10_000 + "1" + "}" * 10_000
                   + "; println!(\"{x}\"); }",
                   "fn main() " + "{" * 10_000 + "}" * 10_000):
        result, _ = run_source(tmp_path, source)
        assert result.exit_code in (0, 1)
        assert "Traceback" not in result.stderr
        assert "internal error" not in result.stderr
        assert result.exit_code == 0 or result.stderr.startswith("error")


@pytest.mark.parametrize(("kind", "prefix", "opening", "closing"), [
    ("parentheses", "fn main() {\n    let x = ", "(", ")"),
    ("blocks", "fn main() {\n    let x = ", "{", "}"),
    ("vec! calls", "fn main() {\n    let x = ", "vec![", "]"),
    ("negations", "fn main() {\n    let x = ", "-", ""),
], ids=["parentheses", "blocks", "vec", "negations"])
def test_ten_thousand_levels_are_refused_where_the_limit_is_crossed(tmp_path, kind, prefix,
                                                                    opening, closing):
    source = prefix + opening * 10_000 + "1" + closing * 10_000 + ";\n}\n"
    result, path = run_source(tmp_path, source)
    assert result.exit_code == 1, kind
    lines = result.stderr.splitlines()
    assert lines[0] == "error: not supported yet: nesting deeper than 256 levels"
    # `fn main` is level 1, so the 256th opening is level 257: the error points at it.
    col = len(prefix.split("\n")[-1]) + 255 * len(opening) + 1
    assert lines[1] == f" --> {path}:2:{col}"
    assert "Traceback" not in result.stderr


def test_a_long_operator_chain_is_refused_at_the_operator_that_crosses_the_limit(tmp_path):
    source = "fn main() {\n    let x = 0" + " + 1" * 10_000 + ";\n    println!(\"{x}\");\n}\n"
    result, path = run_source(tmp_path, source)
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert lines[0] == "error: not supported yet: nesting deeper than 256 levels"
    # `a + b + c` nests to the left: the outermost `+` is the last one, level 2.
    plus = len("    let x = 0") + (10_000 - 255) * len(" + 1") - 2
    assert lines[1] == f" --> {path}:2:{plus}"


@pytest.mark.parametrize(("kind", "source", "expected"), [
    ("blocks", "fn main() {\n    let x = " + "{" * 250 + "7" + "}" * 250
     + ";\n    println!(\"{x}\");\n}\n", "7\n"),
    ("loops", "fn main() {\n    let mut n = 0;\n    " + "loop { n += 1; " * 250
     + "break; }" + " break; }" * 249 + "\n    println!(\"{n}\");\n}\n", "250\n"),
    ("operators", "fn main() {\n    let x = 0" + " + 1" * 250
     + ";\n    println!(\"{x}\");\n}\n", "250\n"),
    ("else ifs", "fn main() {\n    let x = 249;\n    if x == 0 {}"
     + "".join(f" else if x == {i} {{ println!(\"{i}\"); }}" for i in range(1, 250))
     + "\n}\n", "249\n"),
    ("nested types", "fn main() {\n    let x: " + "Option<" * 60 + "u8" + ">" * 60
     + " = None;\n    println!(\"{}\", std::mem::size_of_val(&x));\n}\n", "2\n"),
], ids=lambda value: value if isinstance(value, str) and len(value) < 20 else "")
def test_deep_but_real_nesting_still_runs(tmp_path, kind, source, expected):
    # Just under the limit every pass (checker, borrow checker, interpreter) copes;
    # 60 nested `Option`s once took 2^60 layout computations.
    result, _ = run_source(tmp_path, source)
    assert (result.exit_code, result.stdout) == (0, expected), (kind, result.stderr[:500])


def test_unclosed_ten_thousand_blocks_is_a_syntax_error(tmp_path):
    result, _ = run_source(tmp_path, "fn main() " + "{" * 10_000)
    assert result.exit_code == 1
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr


def test_printing_100_000_lines_runs_within_the_default_step_limit(tmp_path):
    source = ('fn main() {\n    let mut i = 0;\n    while i < 100000 {\n'
              '        println!("line {i}");\n        i += 1;\n    }\n}\n')
    result, _ = run_source(tmp_path, source)
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 100_000
    assert lines[0] == "line 0" and lines[-1] == "line 99999"


@pytest.mark.slow
def test_one_megabyte_of_valid_code_runs(tmp_path):
    # 20,000 small functions, about 1.1 MB. Slow (about 25 s, mostly parsing and
    # checking), but it must run and give the right answer, not crash or hang.
    functions = "".join(f"fn f{i}(a: i32) -> i32 {{\n    let b = a + {i % 7};\n    b * 2\n}}\n"
                        for i in range(20_000))
    calls = "".join(f"    t = f{i}(t) % 1000;\n" for i in range(0, 20_000, 1000))
    source = functions + "fn main() {\n    let mut t = 0;\n" + calls + '    println!("{t}");\n}\n'
    assert len(source.encode()) > 1_000_000
    expected = 0
    for i in range(0, 20_000, 1000):
        expected = ((expected + i % 7) * 2) % 1000
    result, _ = run_source(tmp_path, source)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == f"{expected}\n"


def test_one_megabyte_with_an_early_error_is_rejected(tmp_path):
    # A syntax error near the top stops the parse there, whatever follows.
    filler = "fn g() { let a = 1; }\n" * 48_000
    result, path = run_source(tmp_path, "fn main() {\n    let x = 5\n}\n" + filler)
    assert len(filler) > 1_000_000
    assert result.exit_code == 1
    assert f" --> {path}:2:14" in result.stderr


def test_self_parameter_outside_an_impl_is_an_error_not_a_crash(tmp_path):
    source = ("struct S;\nimpl S {\n    fn f(&self) {\n    fn g(&self) {}\n    }\n}\n"
              "fn main() {}\n")
    result, path = run_source(tmp_path, source)
    assert result.exit_code == 1
    assert result.stderr.startswith(
        "error: `self` parameter is only allowed in associated functions\n")
    assert f" --> {path}:4:10" in result.stderr


@pytest.mark.slow
def test_vec_of_ten_million_elements_behaves_like_rust(tmp_path):
    # About 7 s and 270 MB: the elements are not modelled one Python object each.
    source = "fn main() {\n    let v = vec![0u8; 10_000_000];\n    println!(\"{}\", v.len());\n}\n"
    result, _ = run_source(tmp_path, source)
    assert (result.exit_code, result.stdout) == (0, "10000000\n"), result.stderr


def test_range_index_with_non_usize_bounds_is_e0277(tmp_path):
    source = ("fn main() {\n    let v = vec![1, 2, 3];\n    let a: i32 = 1;\n"
              "    println!(\"{:?}\", &v[a..]);\n}\n")
    result, _ = run_source(tmp_path, source)
    assert result.exit_code == 1
    assert result.stderr.startswith(
        "error[E0277]: the type `[{integer}]` cannot be indexed by `RangeFrom<i32>`")


def test_array_patterns_with_rest_run_and_a_wrong_length_is_e0527(tmp_path):
    source = ("fn main() {\n    let arr = [10, 20, 30, 40];\n    let [first, .., last] = arr;\n"
              "    println!(\"{first} {last}\");\n}\n")
    result, _ = run_source(tmp_path, source)
    assert (result.exit_code, result.stdout) == (0, "10 40\n")
    result, _ = run_source(tmp_path, "fn main() {\n    let [a, b] = [1, 2, 3];\n}\n", "b.rs")
    assert result.stderr.startswith("error[E0527]: pattern requires 2 elements but array has 3")


def test_sorting_an_empty_vec_of_strings_does_nothing(tmp_path):
    source = ("fn main() {\n    let mut v: Vec<(String, String)> = Vec::new();\n    v.sort();\n"
              "    println!(\"{}\", v.len());\n}\n")
    result, _ = run_source(tmp_path, source)
    assert (result.exit_code, result.stdout) == (0, "0\n"), result.stderr


def test_range_pattern_bounds_that_are_paths(tmp_path):
    # Found by fuzzing: the exhaustiveness check assumed literal bounds.
    source = ("fn main() {\n    let level: u8 = 3;\n    let name = match 9 {\n        0 => \"off\",\n"
              "        1..=level => \"low\",\n        _ => \"high\",\n    };\n}\n")
    result, path = run_source(tmp_path, source)
    assert result.exit_code == 1
    assert result.stderr.startswith(
        f"error[E0080]: runtime values cannot be referenced in patterns\n --> {path}:5:13\n")
    # A `const` bound runs (tests/conformance/breadth/match_const_range_bounds.rs); one
    # whose value is computed is not supported yet, at the bound.
    source = ("const L: u8 = 2 + 3;\nfn main() {\n    let n = match 3u8 {\n        0..=L => 1,\n"
              "        _ => 2,\n    };\n    println!(\"{n}\");\n}\n")
    result, path = run_source(tmp_path, source, "b.rs")
    assert result.exit_code == 1
    assert result.stderr.startswith("error: not supported yet: this path as a range pattern's "
                                    "bound (a `const` whose value is a number or a `char` works)"
                                    f"\n --> {path}:4:13\n")
    result, _ = run_source(tmp_path, source.replace("2 + 3", "5"), "c.rs")
    assert (result.exit_code, result.stdout) == (0, "1\n")


def test_running_out_of_memory_is_a_clear_error_not_a_kill(tmp_path):
    # Eight Vecs of 120 million u64 need 7.7 GB (each under the 1 GiB a run models in one
    # allocation): past the cap (4 GiB, the least the command line ever sets) the user gets
    # one clear line, at once, not a kill or a swapping machine.
    program = tmp_path / "big.rs"
    program.write_text("fn main() {\n    let mut all = Vec::new();\n    for _ in 0..8 {\n"
                       "        all.push(vec![7u64; 120_000_000]);\n    }\n"
                       '    println!("{}", all.len());\n}\n')
    script = ("import resource, sys\n"
              "resource.setrlimit(resource.RLIMIT_AS, (4 << 30, resource.RLIM_INFINITY))\n"
              "from stackheap_tui.cli import main\n"
              f"sys.exit(main(['--run', {str(program)!r}]))\n")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 1, result.stderr
    assert result.stderr == ("error: not supported yet: a program this large (stackheap-tui "
                             "ran out of memory)\n")


@pytest.mark.parametrize(("receiver", "call", "real"), [
    ("let x: u32 = 10;", "x.ilog2()", True),
    ("let x: i64 = -3;", "x.rotate_left(3)", True),
    ("let s = String::from(\"ab\");", "s.split_at(1).0", True),  # str's, through String
    ("let v = vec![1, 2];", "v.split_first().is_some()", True),  # the slice's, through Vec
    ("let b = Box::new(5u8);", "b.is_multiple_of(2)", True),  # u8's, through the Box
    ("let x: u32 = 10;", "x.unsigned_abs()", False),  # signed integers only
    ("let x: f64 = 1.5;", "x.count_ones()", False),
    ("let c = 'a';", "c.push('b')", False),
    ("let r = 1..;", "r.cycle().next()", True),  # RangeFrom's, an iterator
    ("let mut c = \"ab\".chars();", "c.as_str()", True),  # Chars' own
    ("let o = Some(Ok::<i32, String>(3));", "o.transpose()", True),  # Option<Result<..>>
])
def test_a_real_std_method_is_not_supported_yet_and_a_made_up_one_is_e0599(
        tmp_path, receiver, call, real):
    """Which names exist where was measured from rustc (scripts/measure_std_method_names.py):
    a method std has but this subset does not model must not be called nonexistent."""
    source = f"fn main() {{\n    {receiver}\n    println!(\"{{:?}}\", {call});\n}}\n"
    result, _ = run_source(tmp_path, source)
    assert result.exit_code == 1
    first = result.stderr.splitlines()[0]
    method = call.split(".")[1].split("(")[0]
    if real:
        assert first.startswith(f"error: not supported yet: the method `{method}` on `"), first
    else:
        assert first.startswith(f"error[E0599]: no method named `{method}` found"), first


def test_impl_display_runs_and_its_write_ignores_the_width(tmp_path):
    """`fmt::Result` and `write!(f, ..)` are modelled (no E0412 on `fmt::Result`): a
    `write!` in `fmt` ignores the `{:>5}` width, as rustc's binary prints `[p]`."""
    source = ("use std::fmt;\nstruct P;\nimpl fmt::Display for P {\n"
              "    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, \"p\") }\n"
              "}\nfn main() {\n    println!(\"[{:>5}]\", P);\n}\n")
    result, _ = run_source(tmp_path, source)
    assert (result.exit_code, result.stdout, result.stderr) == (0, "[p]\n", "")


@pytest.mark.parametrize("call", ["(0..3).map(D)", "vec![1, 2].into_iter().map(Some)"])
def test_a_constructor_as_a_function_value_is_not_supported_yet(tmp_path, call):
    """rustc accepts `.map(Some)`; it was reported as E0425 "cannot find value"."""
    source = (f"#[derive(Debug)]\nstruct D(i32);\nfn main() {{\n    let v: Vec<_> = {call}"
              ".collect();\n    println!(\"{:?}\", v);\n}\n")
    result, _ = run_source(tmp_path, source)
    assert result.exit_code == 1
    assert result.stderr.startswith("error: not supported yet: the constructor `"), result.stderr
