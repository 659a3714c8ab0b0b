// Checks that a seconds count splits into hours, minutes and seconds with u32 / and %.
fn main() {
    let total_seconds: u32 = 98_765;
    let hours = total_seconds / 3600;
    let minutes = total_seconds % 3600 / 60;
    let seconds = total_seconds % 60;
    println!("{total_seconds}s = {hours}h {minutes}m {seconds}s");
    let back = hours * 3600 + minutes * 60 + seconds;
    println!("round trip: {}", back);
    let items: usize = 23;
    let per_box: usize = 6;
    println!("{} full boxes, {} left over", items / per_box, items % per_box);
}
