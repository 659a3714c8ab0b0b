// Checks functions with several typed params, tail expression returns and nested calls.
fn area(width: u32, height: u32) -> u32 {
    width * height
}

fn perimeter(width: u32, height: u32) -> u32 {
    let sum = width + height;
    sum * 2
}

fn describe(width: u32, height: u32) {
    println!("{width}x{height}: area {}, perimeter {}", area(width, height), perimeter(width, height));
}

fn plus_one(x: i32) -> i32 {
    x + 1
}

fn main() {
    describe(3, 4);
    describe(area(2, 5), perimeter(1, 1));
    println!("{}", plus_one(plus_one(plus_one(0))));
    let unit = describe(1, 1);
    println!("{:?}", unit);
}
