// Checks a small ledger mixing compound assignment, shadowing, blocks and Box together.
fn main() {
    let mut balance: i64 = 1_000;
    let fee = Box::new(25);
    {
        let deposit = 500;
        balance += deposit;
        balance -= *fee;
        println!("after deposit: {balance}");
    }
    let rate = 3;
    let interest = balance * rate / 100;
    balance = balance + interest;
    println!("interest {interest}, balance {balance}");
    let balance = Box::new(balance);
    let report = *balance - *fee * 2;
    println!("final report: {report}");
    println!("{{balance}} = {0}, fee = {1}", balance, fee);
}
