// E0308 in tab-indented code: the carets sit at the columns rustc draws (a tab is four columns).
fn main() {
	let total: u32 = 10;
	if total > 5 {
		let label: String = total;
		println!("{}", label);
	}
}
