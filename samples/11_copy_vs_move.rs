// Copy vs move: `let b = a;` copies an i32 but moves a String
// Watch: after `let y = x;` both `x` and `y` are live (an i32 is Copy); after `let t = s;` the slot `s` is greyed out as moved and the heap buffer's owner becomes `t`: nothing on the heap was copied.

#[derive(Debug, Clone, Copy)]
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    // i32 is a Copy type: assigning duplicates its 4 bytes. Both stay usable.
    let x = 5;
    let y = x;
    println!("x = {}, y = {}", x, y);

    // A small struct of Copy fields can be Copy too (see the derive above).
    let p1 = Point { x: 1, y: 2 };
    let p2 = p1;
    println!("p1 = ({}, {}), p2 = {:?}", p1.x, p1.y, p2);

    // String is not Copy: it owns a heap buffer, and only one owner may free it.
    // `let t = s;` copies the 24-byte header (pointer, capacity, length) into `t`
    // and marks `s` as moved. The text on the heap stays where it is.
    let s = String::from("hi");
    let t = s;
    println!("t = {}", t);
    // println!("{}", s); // error[E0382]: borrow of moved value: `s`
} // only `t` frees the buffer: `s` was moved, so it has nothing to drop
