// Checks that expect on Err panics with `message: Debug(err)` where the error is a String.
fn check_age(age: i32) -> Result<u8, String> {
    if age < 0 || age > 150 {
        Err(format!("age {age} out of range"))
    } else {
        Ok(age as u8)
    }
}

fn main() {
    let ok = check_age(30).expect("valid age");
    println!("age {ok}");
    let bad = check_age(-4).expect("could not check age");
    println!("age {bad}");
}
