// `assert_eq!` with a custom message prints left, right and the message.
fn main() {
    let a = 2 + 2;
    assert_eq!(a, 4, "math works");
    let b = vec![1, 2];
    assert_eq!(b.len(), 3, "expected {} items", 3);
}
