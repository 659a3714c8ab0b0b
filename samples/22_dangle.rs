// A program rustc refuses (E0515): returning a reference to a local (the Book's `dangle`)
// Watch: `s` lives in `dangle`'s frame and is dropped when `dangle` returns, which needs O; but `&s` is returned, so the caller would hold a pointer into a popped frame (press r to run it anyway and see it). (Written as in the Book, without `'static`, rustc stops earlier with E0106, a missing lifetime; naming one lets the borrow checker show the real problem.)

fn main() {
    let reference_to_nothing = dangle();
    println!("{reference_to_nothing}");
}

fn dangle() -> &'static String {
    // A new String: its 24-byte header lives in `dangle`'s stack frame.
    let s = String::from("hello");

    // When `dangle` returns its frame is popped and `s` dropped (its buffer freed).
    &s
}
