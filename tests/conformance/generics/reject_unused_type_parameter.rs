// E0392: a struct's type parameter that no field uses.
struct Meters<T> {
    value: f64,
}

fn main() {}
