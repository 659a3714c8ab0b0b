// E0308: an argument of the wrong type to a trait method.
trait Scale {
    fn scale(&self, by: i32) -> i32;
}

struct Len(i32);

impl Scale for Len {
    fn scale(&self, by: i32) -> i32 {
        self.0 * by
    }
}

fn main() {
    let l = Len(4);
    println!("{}", l.scale("2"));
}
