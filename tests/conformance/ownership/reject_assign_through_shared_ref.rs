// Checks that writing through a & reference with *r = value is rejected with E0594.
fn reset(value: &i32) {
    *value = 0;
}

fn main() {
    let mut n = 5;
    reset(&n);
    println!("{n}");
}
