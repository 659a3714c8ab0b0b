// Checks if let with Some and enum patterns, an else branch, and else-if-let chains.
#[derive(Debug)]
enum Command {
    Go(u32),
    Turn(char),
    Stop,
}

fn main() {
    let config_max = Some(3u8);
    if let Some(max) = config_max {
        println!("The maximum is configured to be {max}");
    }
    let cmds = [Command::Go(10), Command::Turn('L'), Command::Stop];
    let mut distance = 0;
    for cmd in &cmds {
        if let Command::Go(n) = cmd {
            distance += n;
        } else if let Command::Turn(dir) = cmd {
            println!("turning {dir}");
        } else {
            println!("stopping after {distance}");
        }
    }
    let nothing: Option<i32> = None;
    if let Some(x) = nothing { println!("{x}"); } else { println!("nothing there"); }
}
