//! The `edgeward` command line (see `CONTRACTS.md`).
mod args;
mod eval_cmd;
mod featurize;
mod policy_cmd;
mod screen;
mod trends_cmd;

const USAGE: &str = "usage:
  edgeward screen [--direction prompt|output] [--locale en-US] [--policy FILE [--require-signature PUBHEX]] TEXT
  edgeward screen --jsonl [--policy FILE [--require-signature PUBHEX]] [--events FILE] < in.jsonl > out.jsonl
  edgeward policy check FILE
  edgeward policy compile FILE -o OUT [--sign KEYFILE]
  edgeward policy verify BUNDLE --key PUBHEX
  edgeward policy keygen -o KEYFILE
  edgeward trends [--k N] [--max-hamming BITS] [--window S] [--campaign-users N] < events.jsonl
  edgeward featurize < texts.jsonl
  edgeward eval [--fast] [--gates FILE] [--out DIR] [--datasets DIR] [--evals DIR] [--policy FILE]
  edgeward eval --texts [--datasets DIR] [--evals DIR]   (the suites' texts as JSON lines)";

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("screen") => screen::run(&args[1..]),
        Some("policy") => policy_cmd::run(&args[1..]),
        Some("trends") => trends_cmd::run(&args[1..]),
        Some("featurize") => featurize::run(),
        Some("eval") => eval_cmd::run(&args[1..]),
        Some("--help") | Some("-h") | Some("help") => {
            println!("{USAGE}");
            Ok(())
        }
        Some(other) => Err(format!("unknown command `{other}`\n{USAGE}")),
        None => Err(USAGE.to_string()),
    };
    if let Err(e) = result {
        eprintln!("edgeward: {e}");
        std::process::exit(2);
    }
}
