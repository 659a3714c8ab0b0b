"""Predict mode: before a memory step, a question from the trace; then the answer, why."""

from __future__ import annotations

from stackheap_tui.view.app import StackHeapApp
from stackheap_tui.view.questions import question_for
from stackheap_tui.view.screens.predict import PredictScreen
from tests.view.fake_trace import box_heap_trace, calls_trace, stack_scopes_trace
from tests.view.helpers import counter, text_of

NARROW = (80, 24)


def _question(trace, step):
    return question_for(trace.snapshot(step - 1), trace.snapshot(step), trace.step(step),
                        trace.source)


def test_questions_are_built_from_what_the_step_really_does():
    trace = calls_trace()
    alloc = _question(trace, 2)
    assert alloc.prompt.startswith("How many bytes will this step allocate")
    assert alloc.answer_text == "4 B" and len(alloc.choices) == 4
    assert alloc.code == "let b = Box::new(n);"
    move = _question(trace, 4)
    assert move.prompt == "Does this copy or move `a`?"
    assert move.answer_text.startswith("move: `a` (Box<i32>)")
    copy = _question(trace, 6)
    assert copy.prompt == "Does this copy or move `x`?"
    assert copy.answer_text.startswith("copy: `x` (i32) stays usable")
    drop = _question(trace, 7)
    assert drop.prompt == "Which value is dropped next?"
    assert drop.answer_text == "`c`"
    assert set(drop.choices) == {"`c`", "`x`", "`y`"}  # live ones; `a` was moved away
    assert _question(trace, 1) is None  # a call: no question
    assert _question(trace, 8) is None  # the panic: not a memory step


def test_scope_end_asks_how_many_variables_leave():
    trace = stack_scopes_trace()
    question = _question(trace, 5)
    assert question.prompt == "How many variables leave the stack at this closing brace?"
    assert question.answer_text == "1"


def test_drop_of_the_only_variable_offers_nothing_as_the_other_choice():
    question = _question(box_heap_trace(), 3)
    assert question.choices == ("`my_number`", "nothing: no value is dropped here")
    assert question.answer == 0


async def test_predict_mode_asks_before_a_memory_step_and_reveals_the_answer():
    app = StackHeapApp(calls_trace())
    async with app.run_test(size=NARROW) as pilot:
        await pilot.press("p")
        assert "predict" in text_of(app.query_one("StatusBar"))
        await pilot.press("right")  # the call: no question, it just steps
        assert counter(app) == "step 2 / 9"
        await pilot.press("right")  # Box::new: a question first, the step waits
        assert isinstance(app.screen, PredictScreen)
        assert counter(app) == "step 2 / 9"
        shown = text_of(app.screen)
        assert "How many bytes will this step allocate on the heap" in shown
        assert "let b = Box::new(n);" in shown
        choices = app.screen.question.choices
        await pilot.press(str(choices.index("4 B") + 1))
        shown = text_of(app.screen)
        assert "✓ Right!" in shown
        assert "allocates 4 bytes on the heap" in shown  # the step's explanation
        await pilot.press("enter")
        assert not isinstance(app.screen, PredictScreen)
        assert counter(app) == "step 3 / 9"
        assert "predict 1/1" in text_of(app.query_one("StatusBar"))


async def test_a_wrong_answer_is_corrected_and_escape_before_answering_stays():
    app = StackHeapApp(calls_trace())
    async with app.run_test(size=NARROW) as pilot:
        await pilot.press("g", "4", "enter", "p", "right")  # before `let c = a;`
        assert isinstance(app.screen, PredictScreen)
        await pilot.press("escape")  # no answer: no step
        assert counter(app) == "step 4 / 9"
        await pilot.press("right")
        await pilot.press("1")  # "copy": wrong, a Box moves
        shown = text_of(app.screen)
        assert "✗ Not quite. The answer: move: `a` (Box<i32>) can no longer be used" in shown
        await pilot.press("escape")  # answered: escape goes on to the step
        assert counter(app) == "step 5 / 9"
        assert "predict 0/1" in text_of(app.query_one("StatusBar"))
        await pilot.press("p", "right")  # predict off: no more questions
        assert counter(app) == "step 6 / 9"
