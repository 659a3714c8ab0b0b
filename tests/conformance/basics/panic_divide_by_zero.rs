// Checks that dividing by a zero held in a Box panics with `attempt to divide by zero`.
fn main() {
    let people = Box::new(0usize);
    let pizza_slices: usize = 12;
    println!("slices: {pizza_slices}");
    let each = pizza_slices / *people;
    println!("each gets {each}");
}
