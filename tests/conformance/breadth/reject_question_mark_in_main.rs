// Checks that using ? in a main returning () is rejected with E0277.
fn half(n: i32) -> Result<i32, String> {
    if n % 2 == 0 { Ok(n / 2) } else { Err(format!("{n} is odd")) }
}

fn main() {
    let h = half(10)?;
    println!("{h}");
}
