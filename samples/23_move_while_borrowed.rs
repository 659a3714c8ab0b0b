// A program rustc refuses (E0505): moving a String away while a reference to it is in use
// Watch: `r = &s` takes W and O from `s` (line 6); moving `s` into `t` needs O (line 9); `r` is still used on line 12, so O had not come back. Press r to run it anyway: `drop(t)` frees the buffer, and `r` then reads freed memory.

fn main() {
    let s = String::from("hello");
    let r = &s;

    // A move needs O: the right to give the value away.
    let t = s;
    drop(t); // the new owner frees the buffer at once

    println!("{r}");
}
