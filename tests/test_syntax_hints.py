"""The common mistakes get rustc's first line and a hint in plain words (issue 6).

Each case: the program, rustc's first line and `-->` location (checked against
rustc 1.95 by hand; where rustc has no special message, ours is noted), and a
piece of the `= help:` line we add.
"""

from __future__ import annotations

import pytest

from tests.expectations import run_cli

CASES = [
    # missing `;`: rustc's message and place, and a secondary label on the next token
    ("missing_semicolon", "fn main() {\n    let x = 5\n    println!(\"{}\", x);\n}\n",
     "error: expected `;`, found `println`", "2:14", "a statement ends with `;`"),
    # unbalanced brackets: rustc's three delimiter errors
    ("unclosed_brace", "fn main() {\n    let x = 5;\n    if x > 3 {\n        println!(\"{x}\");\n}\n",
     "error: this file contains an unclosed delimiter", "5:3", "the one opened on line 3"),
    ("mismatched_paren", "fn main() {\n    let x = (5 + 3;\n    println!(\"{}\", x);\n}\n",
     "error: mismatched closing delimiter: `}`", "2:13", "the `(` on line 2 is never closed"),
    ("extra_brace", "fn main() {\n    let x = 5;\n    }\n    println!(\"{}\", x);\n}\n",
     "error: unexpected closing delimiter: `}`", "5:1", "has no `{` to close"),
    # `=` where `==` was meant: rustc parses the assignment and rejects its type
    ("assign_in_if", "fn main() {\n    let x = 5;\n    if x = 5 {\n        println!(\"5\");\n    }\n}\n",
     "error[E0308]: mismatched types", "3:8", "to compare for equality write `==`: `x == 5`"),
    ("assign_in_while", "fn main() {\n    let mut x = 5;\n    while x = 5 {\n    }\n}\n",
     "error[E0308]: mismatched types", "3:11", "write `==`"),
    # missing `let`: a checker error, E0425, with the binding suggested
    ("missing_let", "fn main() {\n    x = 5;\n    println!(\"{}\", x);\n}\n",
     "error[E0425]: cannot find value `x` in this scope", "2:5", "`let x = ...;`"),
    # Python-isms
    ("python_def", "def main():\n    print(\"hi\")\n",
     "error: expected one of `!` or `::`, found `main`", "1:5", "write `fn` instead of `def`"),
    ("python_def_inside_fn", "fn main() {\n    def f():\n        return 1\n}\n",
     "error: expected one of `!`, `.`, `::`, `;`, `?`, `{`, `}`, or an operator, found `f`",
     "2:9", "write `fn` instead of `def`"),
    ("python_walrus", "fn main() {\n    x := 1;\n}\n",
     "error: expected one of `!`, `.`, `::`, `;`, `?`, `{`, `}`, or an operator, found `:`",
     "2:7", "`let x = ...;`"),
    ("print_without_bang", "fn main() {\n    println(\"hi\");\n}\n",
     "error[E0423]: expected function, found macro `println`", "2:5", "`println!(...)`"),
    ("python_print_statement", "fn main() {\n    print \"hi\"\n}\n",
     "error: expected one of `!`, `.`, `::`, `;`, `?`, `{`, `}`, or an operator, found `\"hi\"`",
     "2:11", "`println!(\"hi\");`"),
    ("python_elif", "fn main() {\n    let x = 1;\n    if x == 1 {\n    } elif x == 2 {\n    }\n}\n",
     "error: expected one of `!`, `.`, `::`, `;`, `?`, `{`, `}`, or an operator, found `x`",
     "4:12", "`else if`"),
    ("python_and", "fn main() {\n    let x = 1;\n    if x > 0 and x < 5 {\n    }\n}\n",
     "error: `and` is not a logical operator", "3:14", "use `&&`"),
    ("python_or", "fn main() {\n    let x = 1;\n    if x > 0 or x < 5 {\n    }\n}\n",
     "error: `or` is not a logical operator", "3:14", "use `||`"),
    ("python_not", "fn main() {\n    let x = true;\n    if not x {\n    }\n}\n",
     "error: unexpected `x` after identifier", "3:12", "use `!`"),
    ("python_colon", "fn main() {\n    let x = 1;\n    if x == 1:\n        println!(\"a\");\n}\n",
     "error: expected `{`, found `:`", "3:14", "in braces"),
    ("python_true", "fn main() {\n    let x = True;\n}\n",
     "error[E0425]: cannot find value `True` in this scope", "2:13", "`true`"),
    ("top_level_let", "let x = 5;\nfn main() {}\n",
     "error: expected item, found keyword `let`", "1:1", "`static` or `const`"),
    # C-isms
    ("c_declaration", "fn main() {\n    int x = 5;\n}\n",
     "error: expected one of `!`, `.`, `::`, `;`, `?`, `{`, `}`, or an operator, found `x`",
     "2:9", "`let x: i32 = ...;`"),
    ("c_for", "fn main() {\n    for (i = 0; i < 10; i++) {\n    }\n}\n",
     "error: expected one of `)`, `,`, found `=`",  # rustc adds `@`, `if`, `|` to the list
     "2:12", "`for i in 0..n { ... }`"),
    ("c_for_no_parens", "fn main() {\n    for i = 0; i < 10; i++ {\n    }\n}\n",
     "error: missing `in` in `for` loop", "2:11", "`for i in 0..n { ... }`"),
    ("c_postfix_increment", "fn main() {\n    let mut x = 1;\n    x++;\n}\n",
     "error: Rust has no postfix increment operator", "3:6", "`x += 1;`"),
    ("c_postfix_decrement", "fn main() {\n    let mut x = 1;\n    x--;\n}\n",
     "error: Rust has no postfix decrement operator", "3:6", "`x -= 1;`"),
    ("c_prefix_increment", "fn main() {\n    let mut x = 1;\n    ++x;\n}\n",
     "error: Rust has no prefix increment operator", "3:5", "`x += 1;`"),
]


@pytest.mark.parametrize(("source", "first_line", "where", "hint"),
                         [case[1:] for case in CASES], ids=[case[0] for case in CASES])
def test_common_mistake_gets_rustc_line_and_a_hint(tmp_path, source, first_line, where, hint):
    path = tmp_path / "prog.rs"
    path.write_text(source)
    result = run_cli("--check", str(path))
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert lines[0] == first_line
    assert lines[1].endswith(f"--> {path}:{where}")
    helps = [line for line in lines if "= help:" in line]
    assert helps and hint in helps[0], result.stderr


def test_double_minus_before_a_value_is_negation_not_an_error(tmp_path):
    path = tmp_path / "prog.rs"
    path.write_text("fn main() {\n    let x = 3;\n    let y = --x;\n    println!(\"{y}\");\n}\n")
    result = run_cli("--run", str(path))
    assert (result.exit_code, result.stdout) == (0, "3\n"), result.stderr


def test_unknown_name_gets_no_second_error_about_its_type(tmp_path):
    # rustc stops at "cannot find value"; it does not add "`_` doesn't implement Display".
    path = tmp_path / "prog.rs"
    path.write_text("fn main() {\n    println!(\"{}\", nothing);\n}\n")
    result = run_cli("--check", str(path))
    assert result.stderr.count("error[") == 1
    assert "E0277" not in result.stderr


def test_unclosed_delimiter_labels_the_opening_bracket(tmp_path):
    path = tmp_path / "prog.rs"
    path.write_text("fn main() {\n    let x = (1;\n")
    lines = run_cli("--check", str(path)).stderr.splitlines()
    assert lines[:2] == ["error: this file contains an unclosed delimiter", f" --> {path}:2:17"]
    # Both openers are labelled, and the caret sits right after the last character.
    assert "1 | fn main() {" in lines
    assert lines[lines.index("1 | fn main() {") + 1] == "  |           - unclosed delimiter"
    assert "  |             -  ^" in lines


def test_a_bad_character_after_an_open_bracket_is_not_an_unclosed_delimiter(tmp_path):
    # The lexer stops at `$`; the brackets after it are unknown, not unclosed.
    path = tmp_path / "prog.rs"
    path.write_text("fn main() {\n    let x = 1 2;\n    let $ = 3;\n}\n")
    result = run_cli("--check", str(path))
    assert result.stderr.startswith("error: expected ")
    assert "unclosed delimiter" not in result.stderr
