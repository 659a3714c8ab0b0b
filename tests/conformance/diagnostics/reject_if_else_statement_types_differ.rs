// E0308: an `if`/`else` used as a statement whose branches differ; one error, with "expected because of this".
fn main() {
    let ready = true;
    if ready { 1 } else { 2.5 };
    println!("done");
}
