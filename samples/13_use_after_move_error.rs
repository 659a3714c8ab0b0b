// A program rustc refuses (E0382): using a String after it was moved away
// Watch: the tool shows rustc's error instead of running: line 9 moved the String out of `s1` into `s2`, so reading `s1` on line 12 would read memory that `s2` now owns (and will free).

fn main() {
    let s1 = String::from("hello");

    // The 24-byte header is copied into `s2`, and `s2` becomes the only owner of
    // the heap buffer. `s1` is now "moved-from": the compiler won't let you use it.
    let s2 = s1;

    // If both could be used, both would free the same buffer at `}` (a double free).
    println!("{}, world! (and {})", s1, s2);

    // To keep both, clone instead: `let s2 = s1.clone();`
}
