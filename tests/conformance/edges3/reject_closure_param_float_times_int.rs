// E0277: `|x| x * 2` called with a float: `{float} * {integer}` has no implementation.
fn main() {
    let f = |x| x * 2;
    println!("{}", f(2.5));
}
