//! Steam Guard codes as ASF computes them from a shared secret (`MobileAuthenticator`), and
//! the checks of a code typed in. Pure functions of their input and the clock: the bot, the
//! simulated Steam network and the 2FA operations all read them from here.

use base64::Engine;
use hmac::{Hmac, Mac};
use sha1::Sha1;

/// Longest shared secret ASF decodes (it decodes into a 32-byte buffer).
const MAX_SHARED_SECRET_BYTES: usize = 32;

/// The characters of a Steam Guard code.
const CODE_CHARACTERS: &[u8] = b"23456789BCDFGHJKMNPQRTVWXY";
/// Length of a Steam Guard code.
pub(crate) const CODE_DIGITS: usize = 5;
/// Length of a backup code.
pub(crate) const BACKUP_CODE_DIGITS: usize = 7;

/// The Steam Guard code for `time` (seconds since the epoch); `None` for a secret ASF cannot
/// use (empty, not base64, or longer than 32 bytes).
pub fn steam_guard_code(shared_secret: &str, time: u64) -> Option<String> {
    let secret = decode_base64(shared_secret)
        .filter(|s| !s.is_empty() && s.len() <= MAX_SHARED_SECRET_BYTES)?;
    let mut mac = Hmac::<Sha1>::new_from_slice(&secret).ok()?;
    mac.update(&(time / 30).to_be_bytes());
    let hash = mac.finalize().into_bytes();
    let offset = usize::from(hash[19] & 0x0F);
    let mut full = u32::from_be_bytes([
        hash[offset],
        hash[offset + 1],
        hash[offset + 2],
        hash[offset + 3],
    ]) & 0x7FFF_FFFF;
    let mut code = String::with_capacity(CODE_DIGITS);
    for _ in 0..CODE_DIGITS {
        let len = CODE_CHARACTERS.len() as u32;
        code.push(char::from(CODE_CHARACTERS[(full % len) as usize]));
        full /= len;
    }
    Some(code)
}

/// Base64 as .NET's `Convert.FromBase64String` reads it: spaces, tabs and line breaks are
/// ignored wherever they are, the rest must be whole groups of four (padded with `=`), and
/// unused bits of the last character are ignored.
pub fn decode_base64(text: &str) -> Option<Vec<u8>> {
    let compact: String = text
        .chars()
        .filter(|c| !matches!(c, ' ' | '\t' | '\r' | '\n'))
        .collect();
    if !compact.len().is_multiple_of(4) {
        return None;
    }
    let engine = base64::engine::GeneralPurpose::new(
        &base64::alphabet::STANDARD,
        base64::engine::GeneralPurposeConfig::new()
            .with_decode_allow_trailing_bits(true)
            .with_decode_padding_mode(base64::engine::DecodePaddingMode::RequireCanonical),
    );
    engine.decode(compact).ok()
}

/// Whether `value` could be a Steam Guard or backup code (upper-cased first, as ASF does).
pub fn is_valid_code(value: &str) -> bool {
    let upper = value.to_ascii_uppercase();
    (upper.len() == CODE_DIGITS || upper.len() == BACKUP_CODE_DIGITS)
        && upper.bytes().all(|b| CODE_CHARACTERS.contains(&b))
}

/// Seconds since the epoch (offline, Steam's time is the local time).
pub fn now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn asf_test_vectors() {
        let secret = "KDHC3rsY8+CmiswnXJcE5e5dRfd=";
        assert_eq!(steam_guard_code(secret, 1337).as_deref(), Some("47J4D"));
        assert_eq!(
            steam_guard_code(secret, 1_723_332_288).as_deref(),
            Some("JQ3HQ")
        );
        assert!(steam_guard_code("not base64!", 1).is_none());
        assert!(steam_guard_code("", 1).is_none());
        assert!(steam_guard_code(&"A".repeat(48), 1).is_none(), "36 bytes");
        assert_eq!(decode_base64("AB==").as_deref(), Some(&[0u8][..]));
        assert_eq!(decode_base64(" QU\nJD ").as_deref(), Some(&b"ABC"[..]));
        assert!(decode_base64("QUJ").is_none() && decode_base64("Q=JD").is_none());
        assert!(is_valid_code("47j4d") && is_valid_code("BCDFGHJ"));
        assert!(!is_valid_code("47J4") && !is_valid_code("AAAAA"));
    }
}
