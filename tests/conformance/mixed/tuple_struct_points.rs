// Checks tuple structs, unit structs, derive(Debug, Clone, Copy, PartialEq), struct update syntax and methods returning Self.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Point(i32, i32);

#[derive(Debug)]
struct Origin;

#[derive(Debug, Clone)]
struct Config {
    name: String,
    width: u32,
    height: u32,
    verbose: bool,
}

impl Point {
    fn add(self, other: Point) -> Point {
        Point(self.0 + other.0, self.1 + other.1)
    }
    fn manhattan(&self) -> i32 {
        self.0.abs() + self.1.abs()
    }
}

impl Config {
    fn area(&self) -> u32 {
        self.width * self.height
    }
}

fn main() {
    let a = Point(3, -4);
    let b = a;
    let c = a.add(b).add(Point(1, 1));
    println!("{:?} {:?} {:?}", a, b, c);
    println!("{} {}", c.manhattan(), a == b);
    let Point(x, y) = c;
    println!("x={} y={}", x, y);
    println!("{:?}", Origin);
    let base = Config { name: "base".to_string(), width: 10, height: 5, verbose: false };
    let wide = Config { width: 80, name: String::from("wide"), ..base.clone() };
    let loud = Config { verbose: true, ..base };
    println!("{:?}", wide);
    println!("{:#?}", loud);
    println!("{} {}", wide.area(), loud.area());
    let pts = vec![Point(0, 0), Point(2, 2), Point(-1, 5)];
    let far = pts.iter().max_by_key(|p| p.manhattan()).unwrap();
    println!("{:?}", far);
    println!("{:#?}", (Point(1, 2), Origin));
}
