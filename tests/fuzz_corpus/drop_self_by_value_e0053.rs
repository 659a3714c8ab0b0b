struct G;
impl Drop for G {
    fn drop(mut self) {}
}
fn main() {
    let _g = G;
}
