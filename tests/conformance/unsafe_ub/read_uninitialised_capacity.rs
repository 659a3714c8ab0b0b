// UB (uninitialised read): `with_capacity` allocates but writes nothing; reading element 0 reads uninitialised memory; Miri: `error: Undefined Behavior: using uninitialized data, but this operation requires initialized memory`
fn main() {
    let v: Vec<i32> = Vec::with_capacity(4);
    let p = v.as_ptr();
    println!("len {} cap {}", v.len(), v.capacity());
    let x = unsafe { *p };
    println!("{x}");
}
