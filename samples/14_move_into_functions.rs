// Moving into and returning from functions: ownership travels with the value
// Watch: calling `takes_ownership(s)` moves the String into the parameter `text` (the heap block's owner changes), and it is dropped when that function returns; `gives_back` moves a new String out to the caller instead.

fn takes_ownership(text: String) {
    println!("got {}", text);
} // `text` goes out of scope here: the heap buffer is freed inside this function

fn makes_copy(n: i32) {
    println!("got {}", n);
} // `n` is a copy; nothing to free

fn gives_back(mut text: String) -> String {
    text.push_str(" back");
    text // returned: moved out to the caller, not dropped
}

fn main() {
    let s = String::from("hi");
    takes_ownership(s); // `s` moves into the function; `s` is no longer usable here

    let x = 5;
    makes_copy(x); // i32 is Copy: `x` is still usable afterwards
    println!("x is still {}", x);

    let a = String::from("given");
    let b = gives_back(a); // `a` moves in, the result moves out into `b`
    println!("b = {}", b);
} // only `b` owns a buffer here
