"""stackheap-tui: step through a Rust program and watch its stack and heap."""

__version__ = "0.1.0"
