// E0040: calling `.drop()` on a struct field; rustc suggests `drop(holder.guard)` as before/after lines.
struct Guard {
    id: u32,
}

impl Drop for Guard {
    fn drop(&mut self) {
        println!("drop {}", self.id);
    }
}

struct Holder {
    guard: Guard,
}

fn main() {
    let mut holder = Holder { guard: Guard { id: 1 } };
    holder.guard.drop();
}
