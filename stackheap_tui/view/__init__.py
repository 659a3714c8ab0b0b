"""The terminal UI (Textual). Only this package imports textual or rich.

Entry points: `stackheap_tui.view.app.run_app` (and `StackHeapApp` for tests), and
`stackheap_tui.view.failure.Failure` for a program that did not compile.
"""
