// E0277: `{:p}` needs a pointer; an integer is not one.
fn main() {
    let x = 5;
    println!("{:p}", x);
}
