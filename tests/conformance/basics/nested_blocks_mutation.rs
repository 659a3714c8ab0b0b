// Checks that inner blocks can mutate an outer mut variable and that their own bindings vanish at the closing brace.
fn main() {
    let mut total: i64 = 0;
    {
        let step = 10;
        total += step;
        {
            let step = 100;
            total = total + step * 2;
            println!("deep: total={total} step={step}");
        }
        total -= step;
        println!("middle: total={total} step={step}");
    }
    {
        total *= 3;
    }
    println!("outer: total={total}");
}
