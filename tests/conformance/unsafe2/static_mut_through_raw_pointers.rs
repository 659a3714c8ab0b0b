// `&raw const` / `&raw mut` of a `static mut` need no `unsafe` (2024); reads and writes through them do.
static mut TOTAL: i64 = 0;
static mut BUFFER: [u8; 4] = [0; 4];

fn add(p: *mut i64, n: i64) {
    unsafe {
        *p += n;
    }
}

fn main() {
    let total = &raw mut TOTAL;
    add(total, 5);
    add(total, 7);
    let seen = &raw const TOTAL;
    println!("total: {}", unsafe { *seen });
    let buf = &raw mut BUFFER;
    unsafe {
        (*buf)[0] = b'o';
        (*buf)[1] = b'k';
        let first = (*buf).as_mut_ptr();
        *first.add(2) = b'!';
        let bytes = BUFFER;
        println!("{:?}", bytes);
        println!("{}{}{}", bytes[0] as char, bytes[1] as char, bytes[2] as char);
    }
    println!("same place: {}", seen == total as *const i64);
}
