//! Shared set-up for the fuzz targets: a process core with a few bots in a temporary working
//! directory, on a fast simulated Steam network, and a runtime to drive it.

use std::sync::{Arc, OnceLock};

use asf_ipc::Logs;
use asf_ipc::{Asf, Options};

pub struct Fixture {
    pub runtime: tokio::runtime::Runtime,
    pub asf: Arc<Asf>,
    _dir: tempfile::TempDir,
}

/// The one fixture of this fuzzing process.
pub fn fixture() -> &'static Fixture {
    static FIXTURE: OnceLock<Fixture> = OnceLock::new();
    FIXTURE.get_or_init(|| {
        let dir = tempfile::tempdir().expect("temporary directory");
        let config = dir.path().join("config");
        std::fs::create_dir_all(&config).expect("config");
        for name in ["alpha", "bravo", "charlie"] {
            let bot = serde_json::json!({
                "Enabled": true, "SteamLogin": name, "SteamPassword": "pw"
            });
            std::fs::write(config.join(format!("{name}.json")), bot.to_string()).expect("bot");
        }
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .expect("runtime");
        let asf = runtime.block_on(async {
            let logs = Logs::new(false, None, false).expect("logs");
            let mut options = Options::new(dir.path());
            options.simulation_speed = 3600.0;
            options.config_watch = false;
            options.restart_allowed = false;
            let asf = Arc::new(Asf::open(options, logs).expect("core"));
            asf.start();
            asf
        });
        Fixture {
            runtime,
            asf,
            _dir: dir,
        }
    })
}
