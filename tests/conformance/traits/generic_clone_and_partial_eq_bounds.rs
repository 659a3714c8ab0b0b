// `T: Clone` lets a generic function clone its argument; `T: PartialEq + Copy` compares and copies.
fn dup<T: Clone>(x: &T) -> (T, T) {
    (x.clone(), x.clone())
}

fn count_equal<T: PartialEq + Copy>(items: &[T], wanted: T) -> usize {
    let mut n = 0;
    for &item in items {
        if item == wanted {
            n += 1;
        }
    }
    n
}

#[derive(Debug, Clone, PartialEq)]
struct Tag {
    name: String,
}

fn main() {
    let (a, b) = dup(&String::from("x"));
    println!("{} {} {}", a, b, a == b);
    let (t, u) = dup(&Tag { name: String::from("rust") });
    println!("{:?} {}", t, t == u);
    let v = dup(&vec![1, 2]);
    println!("{:?}", v);
    println!("{} {}", count_equal(&[1, 2, 1, 1], 1), count_equal(&['a', 'b'], 'c'));
}
