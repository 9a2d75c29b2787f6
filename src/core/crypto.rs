//! ASF's hashing of secrets (`IPCPassword`, `/Api/ASF/Hash`).

use base64::Engine;
use base64::engine::general_purpose::STANDARD as BASE64;

use crate::api::enums::EHashingMethod;

/// The crypt key ASF uses when none is given on the command line or in the environment.
pub const DEFAULT_CRYPT_KEY: &str = "ArchiSteamFarm";

/// scrypt cost as ASF sets it: N = 8192, r = 8, p = 1, 32 bytes.
const SCRYPT_LOG_N: u8 = 13;
const SCRYPT_R: u32 = 8;
const SCRYPT_P: u32 = 1;
/// PBKDF2-HMAC-SHA256 iterations as ASF sets them.
const PBKDF2_ROUNDS: u32 = 10_000;
const HASH_LEN: usize = 32;

/// Raw hash bytes of `input` with `method` and salt `key`; `None` for PlainText or an unknown
/// method.
pub fn hash_bytes(method: EHashingMethod, input: &[u8], key: &[u8]) -> Option<[u8; HASH_LEN]> {
    let mut out = [0u8; HASH_LEN];
    match method {
        EHashingMethod::SCrypt => {
            let params = scrypt::Params::new(SCRYPT_LOG_N, SCRYPT_R, SCRYPT_P, HASH_LEN).ok()?;
            scrypt::scrypt(input, key, &params, &mut out).ok()?;
        }
        EHashingMethod::Pbkdf2 => {
            pbkdf2::pbkdf2_hmac::<sha2::Sha256>(input, key, PBKDF2_ROUNDS, &mut out);
        }
        _ => return None,
    }
    Some(out)
}

/// The text ASF stores for `input`: the input itself for PlainText, base64 of the hash
/// otherwise. `None` for a method ASF does not define.
pub fn hash_string(method: EHashingMethod, input: &str, key: &[u8]) -> Option<String> {
    if method == EHashingMethod::PlainText {
        return Some(input.to_string());
    }
    hash_bytes(method, input.as_bytes(), key).map(|h| BASE64.encode(h))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// ASF's published vectors (default crypt key).
    const PASSWORD: &str = "a2o41PuPdZNDLw9AT6dZt5pLVC23MN9O7NfKI4a0MWJgWWIAVGt3naYiIA0BhPel";

    #[test]
    fn pbkdf2_vector() {
        let h = hash_string(
            EHashingMethod::Pbkdf2,
            PASSWORD,
            DEFAULT_CRYPT_KEY.as_bytes(),
        );
        assert_eq!(
            h.as_deref(),
            Some("WlS48GNrs1hAhcNHPfV09TPTLhf03gExb6zpaKiwX5A=")
        );
    }

    #[test]
    fn scrypt_vector() {
        let h = hash_string(
            EHashingMethod::SCrypt,
            PASSWORD,
            DEFAULT_CRYPT_KEY.as_bytes(),
        );
        assert_eq!(
            h.as_deref(),
            Some("9LjhjyugakDQ7Haq/ufyTZDfIGeeWbLcE+/9IeKm8gc=")
        );
    }

    #[test]
    fn plain_and_unknown() {
        assert_eq!(
            hash_string(EHashingMethod::PlainText, "x", b"k").as_deref(),
            Some("x")
        );
        assert_eq!(hash_string(EHashingMethod(9), "x", b"k"), None);
    }
}
