// Checks that passing assert!, assert_eq! and assert_ne! (with and without messages) print nothing and let the program continue.
#[derive(Debug, PartialEq)]
struct Pair(i32, i32);

fn add(a: i32, b: i32) -> i32 {
    a + b
}

fn main() {
    assert!(add(1, 2) == 3);
    assert!(true, "never shown {}", 1);
    assert_eq!(add(2, 2), 4);
    assert_eq!(Pair(1, 2), Pair(1, 2), "pairs should match");
    assert_ne!(add(2, 2), 5);
    assert_ne!("a", "b", "{} vs {}", "a", "b");
    assert_eq!(vec![1, 2], [1, 2]);
    assert_eq!(String::from("x"), "x");
    println!("all assertions passed");
    debug_assert!(add(0, 0) == 0);
    println!("done");
}
