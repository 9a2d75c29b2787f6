//! ASF's hashing of secrets (`IPCPassword`, `/Api/ASF/Hash`).

use base64::Engine;
use base64::engine::general_purpose::STANDARD as BASE64;
use sha2::Digest;

use crate::api::enums::{ECryptoMethod, EHashingMethod};

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
pub(crate) fn hash_bytes(
    method: EHashingMethod,
    input: &[u8],
    key: &[u8],
) -> Option<[u8; HASH_LEN]> {
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

/// [`hash_string`] on a blocking thread: key derivation is deliberately slow, so it stays off
/// the async workers. `Err` only when that thread failed.
pub(crate) async fn hash_off_workers(
    method: EHashingMethod,
    input: String,
    key: Vec<u8>,
) -> Result<Option<String>, tokio::task::JoinError> {
    tokio::task::spawn_blocking(move || hash_string(method, &input, &key)).await
}

/// `input` encrypted with a defined `method`: the text itself for the methods that store it
/// as it is, `None` for Windows' DPAPI (which does not exist here) and any undefined method.
pub(crate) fn encrypt(method: ECryptoMethod, input: &str, crypt_key: &[u8]) -> Option<String> {
    match method {
        ECryptoMethod::AES => Some(encrypt_aes(input, crypt_key)),
        ECryptoMethod::PlainText | ECryptoMethod::EnvironmentVariable | ECryptoMethod::File => {
            Some(input.to_string())
        }
        _ => None,
    }
}

/// The text ASF stores for `input`: the input itself for PlainText, base64 of the hash
/// otherwise. `None` for a method ASF does not define.
pub fn hash_string(method: EHashingMethod, input: &str, key: &[u8]) -> Option<String> {
    if method == EHashingMethod::PlainText {
        return Some(input.to_string());
    }
    hash_bytes(method, input.as_bytes(), key).map(|h| BASE64.encode(h))
}

/// Encrypts `text` as ASF's `AES` crypto method does (SteamKit's symmetric format): the key is
/// SHA-256 of the crypt key, a random 16-byte IV is written first, encrypted on its own with
/// AES-256-ECB, followed by the text under AES-256-CBC with PKCS#7 padding; all in base64.
pub(crate) fn encrypt_aes(text: &str, crypt_key: &[u8]) -> String {
    use aes::cipher::{BlockEncrypt, BlockEncryptMut, KeyInit, KeyIvInit, block_padding::Pkcs7};
    use rand::Rng;
    let key: [u8; 32] = sha2::Sha256::digest(crypt_key).into();
    let iv: [u8; 16] = rand::rng().random();
    let mut head = aes::cipher::generic_array::GenericArray::from(iv);
    aes::Aes256::new(&key.into()).encrypt_block(&mut head);
    let body = cbc::Encryptor::<aes::Aes256>::new(&key.into(), &iv.into())
        .encrypt_padded_vec_mut::<Pkcs7>(text.as_bytes());
    let mut out = Vec::with_capacity(16 + body.len());
    out.extend_from_slice(&head);
    out.extend_from_slice(&body);
    BASE64.encode(out)
}

/// Reverses [`encrypt_aes`]; `None` when the input is not such a cipher text for this key.
pub fn decrypt_aes(encoded: &str, crypt_key: &[u8]) -> Option<String> {
    use aes::cipher::{BlockDecrypt, BlockDecryptMut, KeyInit, KeyIvInit, block_padding::Pkcs7};
    let data = BASE64.decode(encoded.trim()).ok()?;
    if data.len() < 32 || data.len() % 16 != 0 {
        return None;
    }
    let key: [u8; 32] = sha2::Sha256::digest(crypt_key).into();
    let mut iv = aes::cipher::generic_array::GenericArray::clone_from_slice(&data[..16]);
    aes::Aes256::new(&key.into()).decrypt_block(&mut iv);
    let plain = cbc::Decryptor::<aes::Aes256>::new(&key.into(), &iv)
        .decrypt_padded_vec_mut::<Pkcs7>(&data[16..])
        .ok()?;
    String::from_utf8(plain).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aes_round_trip_in_steamkit_layout() {
        let key = DEFAULT_CRYPT_KEY.as_bytes();
        let a = encrypt_aes("hunter2", key);
        let b = encrypt_aes("hunter2", key);
        assert_ne!(a, b, "a fresh IV every time");
        let raw = BASE64.decode(&a).expect("base64");
        assert_eq!(
            raw.len(),
            32,
            "16 bytes of encrypted IV plus one padded block"
        );
        assert_eq!(decrypt_aes(&a, key).as_deref(), Some("hunter2"));
        assert_eq!(decrypt_aes(&a, b"another key"), None);
    }

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
