// E0277: `{:?}` of a `T` whose `where` clause has only `Clone`; rustc suggests `+ std::fmt::Debug` after it.
fn log_twice<T>(value: T)
where
    T: Clone,
{
    let copy = value.clone();
    println!("{:?}", copy);
}

fn main() {
    log_twice(5);
}
