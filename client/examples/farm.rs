//! The client guide's example (docs/CLIENT.md): list the bots, start one.
//! Run with `cargo run -p asf-ipc-client --example farm -- <base URL> <password> <bot>`.

use asf_ipc_client::{AsfClient, Error};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let (url, password, bot) = match (args.next(), args.next(), args.next()) {
        (Some(url), Some(password), Some(bot)) => (url, password, bot),
        _ => return Err("usage: farm <base URL> <password> <bot>".into()),
    };
    let asf = AsfClient::builder(url).password(password).build()?;
    for (name, bot) in asf.bots("ASF").await? {
        println!(
            "{name}: online {}, farming {}",
            bot.is_connected_and_logged_on, bot.cards_farmer.now_farming
        );
    }
    match asf.start_bots(&bot).await {
        Err(Error::Api { message, .. }) => eprintln!("ASF says: {message}"),
        other => println!("{}", other?),
    }
    Ok(())
}
