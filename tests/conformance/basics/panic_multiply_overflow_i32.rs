// Checks that i32 multiplication past i32::MAX panics with `attempt to multiply with overflow`.
fn main() {
    let mut area: i32 = 1;
    let side = Box::new(50_000);
    area *= *side;
    println!("one side: {area}");
    area *= *side;
    println!("never printed: {area}");
}
