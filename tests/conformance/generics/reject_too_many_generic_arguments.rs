// E0107: Wrapper takes one type argument but the annotation gives two.
struct Wrapper<T> {
    value: T,
}

fn main() {
    let w: Wrapper<i64, u8> = Wrapper { value: 1 };
    println!("{}", w.value);
}
