// Move vs clone: `clone()` makes a second heap buffer, a move just hands over the first
// Watch: `s1.clone()` allocates a new 5-byte block with a copy of the bytes, owned by `s2`; `let s3 = s1;` allocates nothing: `s1` turns moved and its block's owner becomes `s3`. At `}` two buffers are freed, not three.

fn main() {
    let s1 = String::from("hello");

    // A deep copy: new heap buffer, same bytes. `s1` and `s2` are independent:
    // growing `s2` (which moves it to a bigger buffer) leaves `s1` untouched.
    let mut s2 = s1.clone();
    s2.push_str("!!");

    // A move: `s3` takes over `s1`'s heap buffer. `s1` can no longer be used.
    let s3 = s1;

    println!("s2 = {}, s3 = {}", s2, s3);
} // `s3` and `s2` are dropped (in reverse order of declaration); `s1` owns nothing
