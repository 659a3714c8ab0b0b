// Stack scopes: `x`, `y` and a block's `z` live in main's stack frame
// Watch: each `let` adds a slot to main's frame; at the block's `}` the slot for `z` leaves the stack, while `x` and `y` stay until main returns.
fn main() {
    let x = 5; // Variable `x` is allocated on the stack
    let y = 10; // Variable `y` is also allocated on the stack

    // Code block
    {
        let z = x + y; // Variable `z` is allocated on the stack within the code block
        println!("The sum is: {}", z);
    } // `z` is automatically deallocated when it goes out of scope

    println!("Variables `x` and `y` are still in scope: {}, {}", x, y);
} // `x` and `y` are automatically deallocated when the program ends
