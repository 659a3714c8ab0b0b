// Checks a bank account struct with methods returning Result<_, String>, the ? operator and match on Err.
#[derive(Debug)]
struct Account {
    owner: String,
    balance: i64,
    history: Vec<i64>,
}

impl Account {
    fn deposit(&mut self, amount: i64) -> Result<i64, String> {
        if amount <= 0 {
            return Err(String::from("deposit must be positive"));
        }
        self.balance += amount;
        self.history.push(amount);
        Ok(self.balance)
    }

    fn withdraw(&mut self, amount: i64) -> Result<i64, String> {
        if amount > self.balance {
            Err(format!("insufficient funds: have {}, need {}", self.balance, amount))
        } else {
            self.balance -= amount;
            self.history.push(-amount);
            Ok(self.balance)
        }
    }
}

fn transfer(from: &mut Account, to: &mut Account, amount: i64) -> Result<(), String> {
    from.withdraw(amount)?;
    to.deposit(amount)?;
    Ok(())
}

fn main() {
    let mut a = Account { owner: "Ann".to_string(), balance: 100, history: vec![] };
    let mut b = Account { owner: "Bob".to_string(), balance: 20, history: Vec::new() };
    match transfer(&mut a, &mut b, 30) {
        Ok(()) => println!("ok"),
        Err(e) => println!("error: {}", e),
    }
    match transfer(&mut b, &mut a, 500) {
        Ok(()) => println!("ok"),
        Err(e) => println!("error: {}", e),
    }
    if let Err(msg) = a.deposit(-5) {
        println!("{}", msg);
    }
    println!("{} {} {:?}", a.owner, a.balance, a.history);
    println!("{} {} {:?}", b.owner, b.balance, b.history);
    let sum: i64 = a.history.iter().sum();
    println!("net {}", sum);
}
