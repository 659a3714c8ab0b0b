// Checks that (a..=b).step_by(n).rev() is rejected with E0277: RangeInclusive<i32> is not ExactSizeIterator.
fn main() {
    for i in (0..=20).step_by(5).rev() {
        print!("{i} ");
    }
    println!();
}
