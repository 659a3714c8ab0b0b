// A program rustc refuses (E0505): moving a String away while a reference to it is in use
// Watch: `r = &s` takes W and O from `s` (line 6); moving `s` into `t` needs O (line 9); `r` is still used on line 11, so O had not come back. After the move `t` would own the buffer and `r` would point at a header that owns nothing.

fn main() {
    let s = String::from("hello");
    let r = &s;

    // A move needs O: the right to give the value away.
    let t = s;

    println!("{r} and {t}");
}
