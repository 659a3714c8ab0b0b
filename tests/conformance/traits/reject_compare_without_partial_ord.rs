// E0277: `T: PartialOrd` with a struct that does not derive it ("can't compare").
#[derive(Debug)]
struct Point {
    x: i32,
}

fn bigger<T: PartialOrd>(a: T, b: T) -> bool {
    a > b
}

fn main() {
    println!("{}", bigger(1, 2));
    println!("{}", bigger(Point { x: 1 }, Point { x: 2 }));
}
