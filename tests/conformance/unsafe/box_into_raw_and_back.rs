// `Box::into_raw` gives up ownership without freeing; `Box::from_raw` takes it back, and the drop runs then
struct Noisy(i32);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("dropping Noisy({})", self.0);
    }
}

fn main() {
    let b = Box::new(Noisy(1));
    let raw = Box::into_raw(b);
    println!("into_raw: nothing dropped yet");
    unsafe {
        (*raw).0 += 41;
        println!("through the pointer: {}", (*raw).0);
    }
    let back = unsafe { Box::from_raw(raw) };
    println!("back in a Box: {}", back.0);
    drop(back);
    println!("end");
}
