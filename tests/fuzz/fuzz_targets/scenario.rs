//! Scenario files: any bytes are a scenario or an error that names where it went wrong;
//! a scenario that parses parses the same again from its JSON value.
#![no_main]

use asf_ipc::Scenario;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    match Scenario::parse(bytes) {
        Ok(scenario) => {
            let value: serde_json::Value = serde_json::from_slice(bytes).expect("parsed as JSON");
            assert_eq!(Scenario::from_value(&value).as_ref(), Ok(&scenario));
        }
        Err(error) => assert!(!error.to_string().is_empty()),
    }
});
