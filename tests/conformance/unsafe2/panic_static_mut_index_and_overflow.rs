// Near misses of static_mut_refs: `println!("{}", ARR[i])` indexes a static mut array (no reference to the static: no lint); a closure writes an Option static; `N += 1` past 255 panics.
static mut X: Option<i32> = None;
static mut ARR: [u8; 3] = [250, 2, 3];
static mut N: u8 = 254;

fn ptr() -> *const [u8; 3] {
    &raw const ARR
}

fn main() {
    let add = |k: i32| unsafe { X = Some(k) };
    add(4);
    unsafe {
        match X {
            Some(v) => println!("some {v}"),
            None => println!("none"),
        }
        let p = ptr();
        println!("{}", (*p)[0]);
        let i = 2;
        ARR[i] += 1;
        println!("{}", ARR[i]);
        N += 1;
        println!("{}", { N });
        N += 1;
    }
}
