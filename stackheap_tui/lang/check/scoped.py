"""What `thread::scope` accepts, checked once the borrow checker decided the captures.

A scoped thread's closure borrows from the scope's creator for the whole scope (its
`ScopedJoinHandle<'scope, _>` keeps the borrow alive until the scope's end), which the
borrow checker here does not model. So stackheap-tui accepts only what surely passes
rustc, and refuses the rest (`not supported yet`) at the closure (docs/threads.md). The
scope's closure is written at the call, without `move`, in a function (not in another
closure): the borrow checker's captures of it say how the whole scope uses each variable:

- a variable the scope only reads (captured shared) may be read by any scoped thread;
- a variable the scope changes (captured mutably) must be named in one scoped thread's
  closure only, nowhere else in the scope, and that thread spawned once (not in a loop
  or another closure) (else rustc: E0499 / E0502);
- a variable declared inside the scope may only be copied into a `move` closure (else
  rustc: E0373 / E0597, or a move not modelled here);
- a variable moved in the scope (not `Copy`) is refused (the captures the borrow checker
  gives the scope's closure miss a move in a nested closure), and nothing a scoped thread
  uses or returns may be `Rc`, `RefCell`, `Cell`, ... (rustc: E0277).
"""

from __future__ import annotations

import re

from stackheap_tui.lang import ast
from stackheap_tui.lang import types as T
from stackheap_tui.lang.diagnostics import Diagnostic
from stackheap_tui.lang.program import Binding, CheckedProgram
from stackheap_tui.lang.span import Span
from stackheap_tui.lang.std.threads import send_problem
from stackheap_tui.lang.syntax import unsupported

# Macros whose arguments are only read (they take references to them).
_READING_MACROS = frozenset({"println", "print", "eprintln", "eprint", "format", "write",
                             "writeln", "assert", "assert_eq", "assert_ne", "panic"})
_LOOPS = (ast.Loop, ast.While, ast.For)


def _inside(inner: Span, outer: Span) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end


def scope_refusals(checked: CheckedProgram) -> list[Diagnostic]:
    """A refusal for the first scoped thread stackheap-tui cannot vouch for (or none)."""
    if not checked.scoped_spawns:
        return []
    owners = {id(b): b for b in checked.bindings.values()}
    for _, scope in checked.scopes:
        if not isinstance(scope, ast.Closure) or scope.is_move or (
                id(scope) not in checked.captures):
            return [unsupported("`thread::scope` of something other than a closure written "
                                "there (without `move`, not inside another closure)",
                                scope.span)]
    for spawn, spawned in checked.scoped_spawns:
        around = next((c for _, c in checked.scopes if isinstance(c, ast.Closure)
                       and _inside(spawn.span, c.span)), None)
        if not isinstance(spawned, ast.Closure) or not isinstance(around, ast.Closure):
            return [unsupported("a scoped thread's `spawn` of something other than a closure "
                                "written in its `thread::scope`", spawned.span)]
        problem = _problem(checked, owners, around, spawn, spawned)
        if problem is not None:
            return [unsupported(problem, spawned.span)]
    return []


def _problem(checked: CheckedProgram, owners: dict[int, Binding], scope: ast.Closure,
             spawn: ast.MethodCall, spawned: ast.Closure) -> str | None:
    ret = checked.types.get(id(spawned.body))
    if ret is not None and send_problem(ret, references=True) is not None:
        return f"a scoped thread returning {send_problem(ret, references=True)}"
    scope_captures = {c.key: c for c in checked.captures[id(scope)]}
    uses: dict[int, list[ast.Path]] = {}
    for node in _nodes(spawned.body):
        if isinstance(node, ast.Path) and id(node) in checked.bindings:
            binding = checked.bindings[id(node)]
            if not _inside(binding.span, spawned.span):
                uses.setdefault(id(binding), []).append(node)
        if isinstance(node, ast.MacroCall) and any(
                isinstance(a, ast.StrLit) and "{" in a.value for a in node.args):
            pass  # (inline `{name}` captures are Paths the checker resolved: see below)
    for key, binding in owners.items():
        if _inside(binding.span, spawned.span) or key in uses:
            continue
        if _inline_mention(checked, spawned.body, binding.name):
            uses[key] = []  # an inline `{name}` in a format string
    for key, paths in uses.items():
        binding = owners[key]
        name = binding.name
        ty = checked.types.get(id(paths[0])) if paths else binding.ty
        if ty is None:
            return f"a scoped thread that uses `{name}` this way"
        if _inside(binding.span, scope.span):
            if not spawned.is_move or not T.is_copy(ty):
                return (f"a scoped thread that captures `{name}`, declared inside the scope "
                        "(rustc: E0373 or E0597 unless a `move` closure copies it)")
            problem = send_problem(ty, references=True)
        else:
            capture = scope_captures.get(key)
            if capture is None:
                return f"a scoped thread that captures `{name}` this way"
            moved = any(isinstance(p, ast.Path) and id(p) in checked.moves
                        and checked.bindings.get(id(p)) is binding for p in _nodes(scope.body))
            if capture.by_value or moved or (spawned.is_move and not T.is_copy(ty)):
                return f"a scope that moves `{name}` (into a scoped thread or beside one)"
            if capture.mutable:
                others = [c for s, c in checked.scoped_spawns if c is not spawned]
                if _mentions_outside(checked, scope.body, binding, [spawned]) or not (
                        _spawned_once(scope, spawn)) or any(
                        key in {id(checked.bindings.get(id(p))) for p in _nodes(c)
                                if isinstance(p, ast.Path)} for c in others):
                    return (f"a variable a scoped thread changes (`{name}`) used elsewhere in "
                            "its scope, or the thread spawned in a loop (rustc: E0499 or "
                            "E0502)")
            problem = send_problem(T.RefTy(capture.ty), references=True)
        if problem is not None:
            return (f"sharing {problem} with a scoped thread (rustc: E0277 if it is not "
                    "`Send`/`Sync`)")
    return None


def _nodes(root: object) -> list[object]:
    found = []
    pending = [root]
    while pending:
        node = pending.pop()
        found.append(node)
        pending.extend(ast.children(node))
    return found


def _inline_mention(checked: CheckedProgram, root: object, name: str) -> bool:
    inline = re.compile(r"\{" + re.escape(name) + r"[}:]")
    return any(isinstance(node, ast.MacroCall) and any(
        isinstance(arg, ast.StrLit) and inline.search(arg.value) for arg in node.args)
        for node in _nodes(root))


def _mentions_outside(checked: CheckedProgram, root: object, binding: Binding,
                      skipped: list[ast.Closure]) -> bool:
    """Whether `binding` is named under `root` outside the `skipped` closures."""
    def walk(node: object) -> bool:
        if any(node is closure for closure in skipped):
            return False
        if isinstance(node, ast.Path) and checked.bindings.get(id(node)) is binding:
            return True
        if isinstance(node, ast.MacroCall) and _inline_mention(checked, node, binding.name):
            return True
        return any(walk(child) for child in ast.children(node))

    return walk(root)


def _spawned_once(scope: ast.Closure, spawn: ast.MethodCall) -> bool:
    """The `spawn` call runs at most once per scope: not in a loop or a closure of it."""
    return not any(isinstance(node, (*_LOOPS, ast.Closure)) and node is not scope
                   and _inside(spawn.span, node.span) and node.span != spawn.span
                   for node in _nodes(scope.body))
