// Functions and frames: every call pushes a new stack frame, every return pops it
// Watch: calling `add` pushes a frame holding its parameters `a` and `b` above main's frame; `return` pops it and the result lands in main's slot `sum`.

// `add` gets its own frame. Its parameters are ordinary slots in that frame:
// the caller's values are *copied* into them (i32 is a Copy type).
fn add(a: i32, b: i32) -> i32 {
    let total = a + b; // a third slot in add's frame
    total // the last expression (no `;`) is the return value
}

fn double(n: i32) -> i32 {
    add(n, n) // a call from inside a call: three frames at once
}

fn main() {
    let x = 2;
    let y = 3;

    // While `add` runs, the stack has two frames: main's (x, y) and add's (a, b, total).
    let sum = add(x, y);
    println!("{} + {} = {}", x, y, sum);

    // Here main calls double, which calls add: watch the stack grow to three frames.
    let d = double(sum);
    println!("double of {} is {}", sum, d);
} // main's frame is popped last: the stack is empty again
