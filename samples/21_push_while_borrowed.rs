// A program rustc refuses (E0502): pushing to a Vec while a reference into it is in use
// Watch: below rustc's error, the same story in permissions: `first = &v[0]` takes W and O from `v` (line 8), `v.push(6)` needs W (line 11), and `first` is still used on line 13. The buffer is full, so `push` would move the elements to a new block and free this one: `first` would point into freed memory. Press r to run it anyway and watch it happen.

fn main() {
    let mut v = vec![1, 2, 3, 4, 5];

    // `first` points into the Vec's heap buffer (element 0), not at `v` itself.
    let first = &v[0];

    // len 5, cap 5: pushing reallocates the buffer and frees the old one.
    v.push(6);

    println!("The first element is: {first}");
}
