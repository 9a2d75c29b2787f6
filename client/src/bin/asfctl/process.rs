//! `status` and `config`: the process as a whole.

use asf_ipc_client::AsfClient;

use crate::cli::ConfigCommand;
use crate::output::{Output, fields, line};
use crate::{Outcome, read_json_object};

pub async fn status(client: &AsfClient, out: &Output) -> Outcome {
    let info = client.asf_info().await?;
    if out.as_json {
        return Ok(out.json(&info)?);
    }
    let yes_no = |b: bool| if b { "yes" } else { "no" }.to_string();
    Ok(line(&fields(&[
        ("Version", info.version.clone()),
        ("Build", info.build_variant.clone()),
        ("Started", info.process_start_time.clone()),
        (
            "Memory",
            format!("{:.1} MiB", f64::from(info.memory_usage) / 1024.0),
        ),
        ("Service", yes_no(info.service)),
        ("Can update", yes_no(info.can_update)),
    ]))?)
}

pub async fn config(client: &AsfClient, out: &Output, command: ConfigCommand) -> Outcome {
    match command {
        ConfigCommand::Get => {
            let info = client.asf_info().await?;
            Ok(out.json(&info.global_config)?)
        }
        ConfigCommand::Set { file } => {
            let config = read_json_object(&file)?;
            client.set_global_config(&config).await?;
            Ok(out.done("ASF.json written; the server restarts its core to apply it.")?)
        }
    }
}
