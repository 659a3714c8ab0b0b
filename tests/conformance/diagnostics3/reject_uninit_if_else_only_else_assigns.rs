// E0381: `grade` is assigned only in the `else` branch; rustc labels the condition "if this condition is `true`".
fn main() {
    let score = "42".len() as i32;
    let grade: char;
    if score > 90 {
        println!("top");
    } else {
        grade = 'B';
    }
    println!("{}", grade);
}
