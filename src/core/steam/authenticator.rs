//! Adding a mobile authenticator to an account, as Steam's `ITwoFactorService` does it:
//! `AddAuthenticator` hands out new secrets and sends an activation code to the account's
//! phone (SMS) or e-mail; `FinalizeAddAuthenticator` with that code and a Steam Guard code
//! of the new secret makes the authenticator the account's. Until then the enrolment is
//! pending, and a later `AddAuthenticator` replaces it (new secrets, a new code).

use std::collections::HashMap;
use std::sync::Mutex;

use base64::Engine;

use crate::api::enums::EResult;
use crate::core::steam_guard::steam_guard_code;

/// The characters of an activation code (those of Steam Guard codes).
const ACTIVATION_CHARACTERS: &[u8] = b"23456789BCDFGHJKMNPQRTVWXY";
/// Length of an activation code.
const ACTIVATION_CODE_LENGTH: usize = 5;

/// How an activation code reaches the account's owner.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Delivery {
    /// By SMS to the phone whose number ends in these digits.
    Sms { phone_ending: String },
    /// By e-mail to the account's address.
    Email,
}

/// Steam's answer to `AddAuthenticator` (`CTwoFactor_AddAuthenticator_Response`).
#[derive(Clone, Debug)]
pub(crate) struct NewAuthenticator {
    pub account_name: String,
    pub shared_secret: Vec<u8>,
    pub identity_secret: Vec<u8>,
    pub secret_1: Vec<u8>,
    pub revocation_code: String,
    pub serial_number: u64,
    pub server_time: u64,
    pub token_gid: String,
    pub uri: String,
    /// Steam's `status`: 1 while the enrolment waits for its activation code.
    pub status: i32,
    pub delivery: Delivery,
    /// The activation code as the owner receives it. Only a simulated network can tell it; a
    /// real one sends it to the phone or mailbox and answers `None`.
    pub sent_code: Option<String>,
}

/// An enrolment waiting for `FinalizeAddAuthenticator`.
struct Pending {
    shared_secret: String,
    activation_code: String,
}

#[derive(Default)]
struct AccountAuthenticator {
    /// Enrolments started so far: each one's secrets differ.
    started: u64,
    pending: Option<Pending>,
    /// The account has a finalised authenticator.
    active: bool,
}

/// Every account's authenticator enrolments on the simulated network.
#[derive(Default)]
pub(crate) struct Enrolments {
    accounts: Mutex<HashMap<u64, AccountAuthenticator>>,
}

impl Enrolments {
    /// Starts (or restarts) an enrolment; `bytes(purpose)` gives 20 deterministic bytes.
    pub(crate) fn add(
        &self,
        steam_id: u64,
        login: &str,
        phone_ending: Option<String>,
        bytes: impl Fn(&str) -> [u8; 20],
    ) -> Result<NewAuthenticator, EResult> {
        let mut accounts = self.accounts.lock().unwrap_or_else(|e| e.into_inner());
        let account = accounts.entry(steam_id).or_default();
        if account.active {
            return Err(EResult::DuplicateRequest);
        }
        account.started += 1;
        let n = account.started;
        let shared_secret = bytes(&format!("shared_secret{n}")).to_vec();
        let identity_secret = bytes(&format!("identity_secret{n}")).to_vec();
        let secret_1 = bytes(&format!("secret_1{n}")).to_vec();
        let code_bytes = bytes(&format!("activation{n}"));
        let activation_code: String = code_bytes[..ACTIVATION_CODE_LENGTH]
            .iter()
            .map(|b| {
                char::from(ACTIVATION_CHARACTERS[usize::from(*b) % ACTIVATION_CHARACTERS.len()])
            })
            .collect();
        let revocation = bytes(&format!("revocation{n}"));
        let revocation_code = format!(
            "R{:05}",
            u32::from_le_bytes([revocation[0], revocation[1], revocation[2], 0]) % 100_000
        );
        let serial = bytes(&format!("serial{n}"));
        let serial_number = u64::from_le_bytes([
            serial[0], serial[1], serial[2], serial[3], serial[4], serial[5], serial[6], serial[7],
        ]);
        let token_gid: String = bytes(&format!("token_gid{n}"))[..8]
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        let encoded_shared = base64::engine::general_purpose::STANDARD.encode(&shared_secret);
        account.pending = Some(Pending {
            shared_secret: encoded_shared.clone(),
            activation_code: activation_code.clone(),
        });
        let delivery = match phone_ending {
            Some(phone_ending) => Delivery::Sms { phone_ending },
            None => Delivery::Email,
        };
        let secret_base32 = base32(&shared_secret);
        Ok(NewAuthenticator {
            account_name: login.to_string(),
            uri: format!("otpauth://totp/Steam:{login}?secret={secret_base32}&issuer=Steam"),
            shared_secret,
            identity_secret,
            secret_1,
            revocation_code,
            serial_number,
            server_time: crate::core::steam_guard::now(),
            token_gid,
            status: 1,
            delivery,
            sent_code: Some(activation_code),
        })
    }

    /// Finalises the pending enrolment: the activation code sent by
    /// [`Enrolments::add`] and the Steam Guard code of its secret for `time` (a step either
    /// side is taken, for clocks apart) make the authenticator the account's.
    pub(crate) fn finalize(
        &self,
        steam_id: u64,
        activation_code: &str,
        authenticator_code: &str,
        time: u64,
    ) -> Result<(), EResult> {
        let mut accounts = self.accounts.lock().unwrap_or_else(|e| e.into_inner());
        let account = accounts.entry(steam_id).or_default();
        if account.active {
            return Err(EResult::DuplicateRequest);
        }
        let Some(pending) = &account.pending else {
            return Err(EResult::InvalidState);
        };
        if !pending
            .activation_code
            .eq_ignore_ascii_case(activation_code.trim())
        {
            return Err(EResult::TwoFactorActivationCodeMismatch);
        }
        let matches = [time.saturating_sub(30), time, time.saturating_add(30)]
            .iter()
            .filter_map(|t| steam_guard_code(&pending.shared_secret, *t))
            .any(|code| code.eq_ignore_ascii_case(authenticator_code));
        if !matches {
            return Err(EResult::TwoFactorCodeMismatch);
        }
        account.pending = None;
        account.active = true;
        Ok(())
    }
}

/// RFC 4648 base32 without padding, as `otpauth://` URIs carry secrets.
fn base32(bytes: &[u8]) -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    let mut out = String::with_capacity(bytes.len().div_ceil(5) * 8);
    let (mut buffer, mut bits) = (0u32, 0u32);
    for byte in bytes {
        buffer = (buffer << 8) | u32::from(*byte);
        bits += 8;
        while bits >= 5 {
            bits -= 5;
            out.push(char::from(ALPHABET[((buffer >> bits) & 31) as usize]));
        }
    }
    if bits > 0 {
        out.push(char::from(ALPHABET[((buffer << (5 - bits)) & 31) as usize]));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bytes(purpose: &str) -> [u8; 20] {
        let mut out = [0u8; 20];
        for (i, b) in purpose.bytes().enumerate() {
            out[i % 20] ^= b.wrapping_add(i as u8);
        }
        out
    }

    #[test]
    fn a_code_finalises_only_the_latest_enrolment() {
        let enrolments = Enrolments::default();
        let first = enrolments.add(7, "login", None, bytes).expect("added");
        let second = enrolments
            .add(7, "login", Some("42".into()), bytes)
            .expect("added again");
        assert_ne!(first.shared_secret, second.shared_secret);
        let encoded = base64::engine::general_purpose::STANDARD.encode(&second.shared_secret);
        let now = 1_700_000_000;
        let token = steam_guard_code(&encoded, now).expect("token");
        let code = second.sent_code.clone().expect("simulated code");
        assert_eq!(
            enrolments.finalize(7, "WRONG", &token, now),
            Err(EResult::TwoFactorActivationCodeMismatch)
        );
        assert_eq!(
            enrolments.finalize(7, &code, "BBBBB", now),
            Err(EResult::TwoFactorCodeMismatch)
        );
        assert_eq!(
            enrolments.finalize(7, &code.to_lowercase(), &token, now),
            Ok(())
        );
        assert_eq!(
            enrolments.add(7, "login", None, bytes).map(|_| ()),
            Err(EResult::DuplicateRequest)
        );
        assert_eq!(base32(b"foobar"), "MZXW6YTBOI");
    }
}
