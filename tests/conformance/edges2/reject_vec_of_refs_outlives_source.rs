// E0597: references into a loop-local Vec collected into an outer Vec.
fn main() {
    let mut all: Vec<&i32> = Vec::new();
    for i in 0..2 {
        let nums = vec![i, i + 1];
        all.extend(nums.iter());
    }
    println!("{:?}", all);
}
