// E0369: `x + y` on a `T: Copy` parameter; rustc suggests adding `+ std::ops::Add<Output = T>` to the existing bound.
fn double<T: Copy>(x: T, y: T) -> T {
    x + y
}

fn main() {
    println!("{}", double(2, 3));
}
