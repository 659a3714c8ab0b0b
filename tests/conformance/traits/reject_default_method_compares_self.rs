// E0369: `==` on `&Self` in a provided method: the trait does not require `PartialEq`.
trait Same {
    fn key(&self) -> i32;
    fn same(&self, other: &Self) -> bool {
        self == other
    }
}

struct K(i32);

impl Same for K {
    fn key(&self) -> i32 {
        self.0
    }
}

fn main() {
    println!("{}", K(1).same(&K(1)));
}
