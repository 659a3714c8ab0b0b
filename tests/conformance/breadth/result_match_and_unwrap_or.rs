// Checks matching on Ok/Err, is_ok/is_err, unwrap_or and map on a Result with a fn item.
#[derive(Debug)]
enum BankError {
    Insufficient { needed: u64, available: u64 },
    Frozen,
}

fn withdraw(balance: u64, amount: u64, frozen: bool) -> Result<u64, BankError> {
    if frozen {
        Err(BankError::Frozen)
    } else if amount > balance {
        Err(BankError::Insufficient { needed: amount, available: balance })
    } else {
        Ok(balance - amount)
    }
}

fn halve(x: u64) -> u64 {
    x / 2
}

fn main() {
    for (amount, frozen) in [(30, false), (500, false), (1, true)] {
        match withdraw(100, amount, frozen) {
            Ok(left) => println!("ok, {left} left"),
            Err(BankError::Insufficient { needed, available }) => println!("need {needed}, have {available}"),
            Err(e) => println!("error: {:?}", e),
        }
    }
    let r = withdraw(10, 4, false);
    println!("{} {} {:?}", r.is_ok(), r.is_err(), r.map(halve));
    println!("{}", withdraw(10, 40, false).unwrap_or(0));
}
