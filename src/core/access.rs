//! Who may use `/Api`: IPCPassword verification, failure counting and bans, trusted networks.
//!
//! The decision order is ASF's: a banned address is refused before anything else (and before
//! any hashing); without a password only loopback and known networks get in; with one, the
//! password must verify, and every wrong one counts towards a ban at five. The whole failure
//! map is cleared every hour.
//!
//! Unlike ASF, a hashed password (SCrypt, PBKDF2) is not re-derived on every request: after a
//! password verifies once, only its SHA-256 is kept, and later requests carrying the same
//! password are checked against that in constant time. A wrong guess never matches the kept
//! digest, so it still pays the full key derivation.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Mutex;

use ipnet::IpNet;
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

use crate::api::enums::EHashingMethod;
use crate::core::crypto;

/// Failed attempts after which an address is banned.
pub(crate) const MAX_FAILED_ATTEMPTS: u8 = 5;

/// Why a request was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Refusal {
    /// 401: no password, or a wrong one.
    Unauthorized,
    /// 403 with `Permanent = false`: too many failures from this address.
    Banned,
    /// 403 with `Permanent = true`: no password is set and the address is not trusted.
    Forbidden,
}

impl Refusal {
    /// HTTP status of the refusal.
    pub(crate) fn status(self) -> u16 {
        match self {
            Refusal::Unauthorized => 401,
            Refusal::Banned | Refusal::Forbidden => 403,
        }
    }

    /// `Result.Permanent` of the refusal: false only for a ban, which the hourly reset lifts.
    pub(crate) fn permanent(self) -> bool {
        !matches!(self, Refusal::Banned)
    }
}

/// The configured password as the checks need it.
#[derive(Clone, Debug)]
pub(crate) struct PasswordSetting {
    /// `IPCPassword` as stored (plain or base64 of the hash).
    pub stored: String,
    pub format: EHashingMethod,
}

/// A password that verified, remembered cheaply.
struct Verified {
    /// Identity of the setting it verified against (stored value, format, key).
    setting: [u8; 32],
    /// SHA-256 of the password that verified.
    input: [u8; 32],
}

/// Wrong guesses of one address: those counted, and those whose key derivation is running.
#[derive(Clone, Copy, Debug, Default)]
struct Attempts {
    failed: u8,
    pending: u8,
}

/// Process-wide access state: failure counts survive IPC restarts, as in ASF. Addresses are
/// kept in canonical form (IPv4-mapped IPv6 as IPv4), so one client has one count.
#[derive(Default)]
pub struct Access {
    failures: Mutex<HashMap<IpAddr, Attempts>>,
    /// Woken whenever a derivation ends, for guesses waiting for a free attempt.
    released: tokio::sync::Notify,
    verified: Mutex<Option<Verified>>,
    derivations: std::sync::atomic::AtomicU64,
}

impl Access {
    /// True when `ip` has reached the failure limit.
    pub(crate) fn is_banned(&self, ip: IpAddr) -> bool {
        self.lock_failures()
            .get(&canonical(ip))
            .is_some_and(|n| n.failed >= MAX_FAILED_ATTEMPTS)
    }

    /// Banned addresses, sorted.
    pub fn banned(&self) -> Vec<IpAddr> {
        let mut out: Vec<IpAddr> = self
            .lock_failures()
            .iter()
            .filter(|(_, n)| n.failed >= MAX_FAILED_ATTEMPTS)
            .map(|(ip, _)| *ip)
            .collect();
        out.sort();
        out
    }

    /// Forgets every failure (banned or not).
    pub fn clear(&self) {
        self.lock_failures().retain(|_, n| {
            n.failed = 0;
            n.pending > 0
        });
    }

    /// Lifts the ban of `ip`; false when it was not banned.
    pub(crate) fn unban(&self, ip: IpAddr) -> bool {
        let mut failures = self.lock_failures();
        let ip = canonical(ip);
        match failures.get_mut(&ip) {
            Some(n) if n.failed >= MAX_FAILED_ATTEMPTS => {
                n.failed = 0;
                if n.pending == 0 {
                    failures.remove(&ip);
                }
                true
            }
            _ => false,
        }
    }

    /// How many key derivations password checks have run (a wrong guess costs one).
    #[cfg(test)]
    fn derivations(&self) -> u64 {
        self.derivations.load(std::sync::atomic::Ordering::Relaxed)
    }

    fn lock_failures(&self) -> std::sync::MutexGuard<'_, HashMap<IpAddr, Attempts>> {
        self.failures.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Decides a request from `ip` carrying `password` (header value, else query value).
    ///
    /// `trusted` says whether `ip` is loopback or in a known network, which matters only when
    /// no password is set. Key derivation runs on the blocking pool, and only for an attempt
    /// reserved beforehand: of any number of concurrent guesses from one address, at most as
    /// many derive as attempts are left before the ban; the others wait for their outcome.
    pub(crate) async fn authorize(
        &self,
        ip: IpAddr,
        trusted: bool,
        setting: Option<&PasswordSetting>,
        password: Option<&str>,
        crypt_key: &[u8],
    ) -> Result<(), Refusal> {
        let ip = canonical(ip);
        if self.is_banned(ip) {
            return Err(Refusal::Banned);
        }
        let Some(setting) = setting.filter(|s| !s.stored.is_empty()) else {
            return if trusted {
                Ok(())
            } else {
                Err(Refusal::Forbidden)
            };
        };
        let Some(password) = password.filter(|p| !p.is_empty()) else {
            return Err(Refusal::Unauthorized);
        };
        let identity = setting_identity(setting, crypt_key);
        let input: [u8; 32] = Sha256::digest(password.as_bytes()).into();
        loop {
            // Cheap checks first: a plain password, or one that verified before.
            if let Some(correct) = self.verify_cheaply(setting, &identity, &input) {
                return self.count(&mut self.lock_failures(), ip, correct);
            }
            let released = self.released.notified();
            {
                let mut failures = self.lock_failures();
                let attempts = failures.entry(ip).or_default();
                if attempts.failed >= MAX_FAILED_ATTEMPTS {
                    return Err(Refusal::Banned);
                }
                if attempts.failed + attempts.pending < MAX_FAILED_ATTEMPTS {
                    attempts.pending += 1;
                    break;
                }
            }
            // Every attempt left is being decided: wait for one to end, then look again.
            released.await;
        }
        let reservation = Reservation {
            access: self,
            ip,
            settled: false,
        };
        let correct = self
            .derive_and_compare(setting, password, crypt_key, identity, input)
            .await;
        reservation.settle(correct)
    }

    /// Counts the outcome of one attempt from `ip`.
    fn count(
        &self,
        failures: &mut HashMap<IpAddr, Attempts>,
        ip: IpAddr,
        correct: bool,
    ) -> Result<(), Refusal> {
        let attempts = failures.entry(ip).or_default();
        let outcome = if attempts.failed >= MAX_FAILED_ATTEMPTS {
            Err(Refusal::Banned)
        } else if correct {
            Ok(())
        } else {
            attempts.failed += 1;
            Err(Refusal::Unauthorized)
        };
        if attempts.failed == 0 && attempts.pending == 0 {
            failures.remove(&ip);
        }
        outcome
    }

    /// `Some(verdict)` when no key derivation is needed: a plain password, or the password that
    /// verified last time (constant time in the password's content).
    fn verify_cheaply(
        &self,
        setting: &PasswordSetting,
        identity: &[u8; 32],
        input: &[u8; 32],
    ) -> Option<bool> {
        if setting.format == EHashingMethod::PlainText {
            let stored: [u8; 32] = Sha256::digest(setting.stored.as_bytes()).into();
            return Some(bool::from(input.ct_eq(&stored)));
        }
        let known = self.verified.lock().unwrap_or_else(|e| e.into_inner());
        known
            .as_ref()
            .filter(|known| {
                bool::from(known.setting.ct_eq(identity)) && bool::from(known.input.ct_eq(input))
            })
            .map(|_| true)
    }

    async fn derive_and_compare(
        &self,
        setting: &PasswordSetting,
        password: &str,
        crypt_key: &[u8],
        identity: [u8; 32],
        input: [u8; 32],
    ) -> bool {
        let Ok(expected) = base64_decode(&setting.stored) else {
            return false;
        };
        self.derivations
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let format = setting.format;
        let password = password.as_bytes().to_vec();
        let key = crypt_key.to_vec();
        let derived =
            tokio::task::spawn_blocking(move || crypto::hash_bytes(format, &password, &key))
                .await
                .ok()
                .flatten();
        let Some(derived) = derived else {
            return false;
        };
        let correct = expected.len() == derived.len() && bool::from(derived.ct_eq(&expected[..]));
        if correct {
            *self.verified.lock().unwrap_or_else(|e| e.into_inner()) = Some(Verified {
                setting: identity,
                input,
            });
        }
        correct
    }
}

fn setting_identity(setting: &PasswordSetting, crypt_key: &[u8]) -> [u8; 32] {
    let mut h = Sha256::new();
    h.update([setting.format.0]);
    h.update((setting.stored.len() as u64).to_le_bytes());
    h.update(setting.stored.as_bytes());
    h.update(crypt_key);
    h.finalize().into()
}

fn base64_decode(text: &str) -> Result<Vec<u8>, base64::DecodeError> {
    use base64::Engine;
    base64::engine::general_purpose::STANDARD.decode(text)
}

/// An attempt reserved for a key derivation. Settled with the verdict; dropped unsettled (the
/// request was abandoned while its key was derived) it counts as a wrong guess, so that
/// abandoning requests cannot buy derivations beyond the limit.
struct Reservation<'a> {
    access: &'a Access,
    ip: IpAddr,
    settled: bool,
}

impl Reservation<'_> {
    fn settle(mut self, correct: bool) -> Result<(), Refusal> {
        self.settled = true;
        let outcome = {
            let mut failures = self.access.lock_failures();
            Self::release(&mut failures, self.ip);
            self.access.count(&mut failures, self.ip, correct)
        };
        self.access.released.notify_waiters();
        outcome
    }

    fn release(failures: &mut HashMap<IpAddr, Attempts>, ip: IpAddr) {
        if let Some(attempts) = failures.get_mut(&ip) {
            attempts.pending = attempts.pending.saturating_sub(1);
        }
    }
}

impl Drop for Reservation<'_> {
    fn drop(&mut self) {
        if self.settled {
            return;
        }
        {
            let mut failures = self.access.lock_failures();
            Self::release(&mut failures, self.ip);
            let _ = self.access.count(&mut failures, self.ip, false);
        }
        self.access.released.notify_waiters();
    }
}

/// Addresses trusted as proxies and, without a password, as clients: loopback plus the
/// configured `KnownNetworks`.
#[derive(Clone, Debug, Default)]
pub struct KnownNetworks {
    networks: Vec<IpNet>,
}

impl KnownNetworks {
    /// Parses `address/prefix` entries as ASF does; bad entries are returned for logging and
    /// skipped.
    pub fn parse<'a>(entries: impl IntoIterator<Item = &'a str>) -> (Self, Vec<String>) {
        let mut networks = Vec::new();
        let mut invalid = Vec::new();
        for entry in entries {
            match entry.trim().parse::<IpNet>() {
                // Host bits set (10.0.0.1/8) are cleared rather than refused.
                Ok(net) => networks.push(net.trunc()),
                Err(_) => invalid.push(entry.to_string()),
            }
        }
        (Self { networks }, invalid)
    }

    /// True for loopback and for addresses inside a known network; an IPv4-mapped IPv6
    /// address is judged by its IPv4 form.
    pub(crate) fn contains(&self, ip: IpAddr) -> bool {
        let ip = canonical(ip);
        ip.is_loopback() || self.networks.iter().any(|n| n.contains(&ip))
    }
}

/// Reads an IP address as .NET's `IPAddress.TryParse` does, which is what ASF's
/// `DELETE /Api/IPC/Bans/{ipAddress}` accepts. Text with a colon is IPv6, optionally in brackets
/// with a port after them and with a `%scope` (the scope is accepted and not kept). Anything else
/// is IPv4 in every form .NET knows: one to four parts, each decimal, octal (leading `0`) or hex
/// (`0x`), the last part filling the remaining bytes (`127.1`, `0x7f000001`, `2130706433`).
pub(crate) fn parse_ip_address(text: &str) -> Option<IpAddr> {
    if text.contains(':') {
        parse_ipv6(text).map(IpAddr::V6)
    } else {
        parse_ipv4(text).map(|bits| IpAddr::V4(std::net::Ipv4Addr::from(bits)))
    }
}

fn parse_ipv6(text: &str) -> Option<std::net::Ipv6Addr> {
    let address = match text.strip_prefix('[') {
        Some(rest) => {
            let (inside, after) = rest.split_once(']')?;
            // After the bracket only a port may follow: decimal, or hex after `0x`.
            if let Some(port) = after.strip_prefix(':') {
                let valid = match port.get(..2) {
                    Some(prefix) if prefix.eq_ignore_ascii_case("0x") => {
                        port[2..].bytes().all(|b| b.is_ascii_hexdigit())
                    }
                    _ => port.bytes().all(|b| b.is_ascii_digit()),
                };
                if !valid {
                    return None;
                }
            } else if !after.is_empty() {
                return None;
            }
            inside
        }
        None if text.contains(']') => return None,
        None => text,
    };
    let address = match address.split_once('%') {
        // A prefix length is not an address.
        Some((_, scope)) if scope.contains('/') => return None,
        Some((address, _scope)) => address,
        None => address,
    };
    if address.contains('/') {
        return None;
    }
    address.parse().ok()
}

/// .NET's lenient IPv4 reading, as host-order bits.
fn parse_ipv4(text: &str) -> Option<u32> {
    let bytes = text.as_bytes();
    let mut parts: Vec<u64> = Vec::with_capacity(4);
    let mut pos = 0;
    loop {
        let (radix, mut digits_seen) = match (bytes.get(pos), bytes.get(pos + 1)) {
            (Some(b'0'), Some(b'x' | b'X')) => {
                pos += 2;
                (16, false)
            }
            (Some(b'0'), _) => {
                pos += 1;
                (8, true)
            }
            _ => (10, false),
        };
        let mut value: u64 = 0;
        while let Some(digit) = bytes.get(pos).and_then(|b| (*b as char).to_digit(radix)) {
            value = value * u64::from(radix) + u64::from(digit);
            if value > u64::from(u32::MAX) {
                return None;
            }
            digits_seen = true;
            pos += 1;
        }
        if !digits_seen {
            return None;
        }
        parts.push(value);
        match bytes.get(pos) {
            None => break,
            // At most four parts, and every part but the last is one byte.
            Some(b'.') if parts.len() < 4 && value <= 0xFF => pos += 1,
            Some(_) => return None,
        }
    }
    let last = *parts.last()?;
    let leading = parts.len() - 1;
    // The last part fills the bytes the others leave.
    if last >> (8 * (4 - leading)) != 0 {
        return None;
    }
    let mut bits: u64 = 0;
    for (i, part) in parts[..leading].iter().enumerate() {
        bits |= part << (24 - 8 * i);
    }
    u32::try_from(bits | last).ok()
}

/// `::ffff:a.b.c.d` as `a.b.c.d`.
pub(crate) fn canonical(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V6(v6) => v6
            .to_ipv4_mapped()
            .map(IpAddr::V4)
            .unwrap_or(IpAddr::V6(v6)),
        v4 => v4,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(p: &str) -> PasswordSetting {
        PasswordSetting {
            stored: p.into(),
            format: EHashingMethod::PlainText,
        }
    }

    #[test]
    fn ip_addresses_as_dotnet_reads_them() {
        let ip = |text: &str| parse_ip_address(text).map(|ip| ip.to_string());
        for (text, read) in [
            ("127.0.0.1", "127.0.0.1"),
            ("127.1", "127.0.0.1"),
            ("10.1.2", "10.1.0.2"),
            ("2130706433", "127.0.0.1"),
            ("0x7f.1", "127.0.0.1"),
            ("0177.0.0.01", "127.0.0.1"),
            ("0", "0.0.0.0"),
            ("1.2.65535", "1.2.255.255"),
            ("::1", "::1"),
            ("[::1]", "::1"),
            ("[::1]:8080", "::1"),
            ("[::1]:", "::1"),
            ("fe80::1%eth0", "fe80::1"),
            ("::ffff:127.0.0.1", "::ffff:127.0.0.1"),
        ] {
            assert_eq!(ip(text).as_deref(), Some(read), "{text}");
        }
        for text in [
            "",
            "1.2.3.4.5",
            "256.1",
            "1.2.3.256",
            "1..2",
            "1.2.",
            "08",
            "0x",
            "4294967296",
            " 127.0.0.1",
            "127.0.0.1 ",
            "1.2.65536",
            "[::1",
            "::1]",
            "[::1]x",
            "::1/64",
            "fe80::1%1/64",
            "[::1]:12a",
            "not-an-ip",
            "1:2:3:4:5:6:7:8:9",
        ] {
            assert_eq!(ip(text), None, "{text:?}");
        }
    }

    #[tokio::test]
    async fn ban_after_five_failures_even_with_right_password() {
        let access = Access::default();
        let ip: IpAddr = "192.0.2.10".parse().expect("ip");
        let s = plain("secret");
        for _ in 0..5 {
            assert_eq!(
                access
                    .authorize(ip, false, Some(&s), Some("wrong"), b"k")
                    .await,
                Err(Refusal::Unauthorized)
            );
        }
        assert_eq!(
            access
                .authorize(ip, false, Some(&s), Some("secret"), b"k")
                .await,
            Err(Refusal::Banned)
        );
        assert_eq!(access.banned(), vec![ip]);
        assert!(access.unban(ip));
        assert!(!access.unban(ip));
        assert!(
            access
                .authorize(ip, false, Some(&s), Some("secret"), b"k")
                .await
                .is_ok()
        );
    }

    #[tokio::test]
    async fn hashed_password_verifies_and_is_remembered() {
        let access = Access::default();
        let ip: IpAddr = "127.0.0.1".parse().expect("ip");
        let stored = crypto::hash_string(EHashingMethod::SCrypt, "pw", b"key").expect("hash");
        let s = PasswordSetting {
            stored,
            format: EHashingMethod::SCrypt,
        };
        assert!(
            access
                .authorize(ip, true, Some(&s), Some("pw"), b"key")
                .await
                .is_ok()
        );
        assert!(access.verified.lock().expect("lock").is_some());
        assert!(
            access
                .authorize(ip, true, Some(&s), Some("pw"), b"key")
                .await
                .is_ok()
        );
        assert_eq!(
            access
                .authorize(ip, true, Some(&s), Some("pw"), b"other")
                .await,
            Err(Refusal::Unauthorized),
            "a different crypt key does not reuse the remembered password"
        );
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn concurrent_wrong_guesses_derive_exactly_five_keys() {
        let access = std::sync::Arc::new(Access::default());
        let ip: IpAddr = "192.0.2.20".parse().expect("ip");
        let stored = crypto::hash_string(EHashingMethod::SCrypt, "pw", b"key").expect("hash");
        let s = PasswordSetting {
            stored,
            format: EHashingMethod::SCrypt,
        };
        let guesses: Vec<_> = (0..100)
            .map(|i| {
                let (access, s) = (access.clone(), s.clone());
                tokio::spawn(async move {
                    access
                        .authorize(ip, false, Some(&s), Some(&format!("guess {i}")), b"key")
                        .await
                })
            })
            .collect();
        let mut unauthorized = 0;
        for guess in guesses {
            match guess.await.expect("task") {
                Err(Refusal::Unauthorized) => unauthorized += 1,
                Err(Refusal::Banned) => {}
                other => panic!("unexpected {other:?}"),
            }
        }
        assert_eq!(access.derivations(), 5);
        assert_eq!(unauthorized, 5);
        assert_eq!(access.banned(), vec![ip]);

        // A guess abandoned while its key is derived still counts, and frees its attempt.
        let access = Access::default();
        let ip: IpAddr = "192.0.2.22".parse().expect("ip");
        for _ in 0..5 {
            let guess = access.authorize(ip, false, Some(&s), Some("abandoned"), b"key");
            assert!(
                tokio::time::timeout(std::time::Duration::from_micros(1), guess)
                    .await
                    .is_err(),
                "still deriving"
            );
        }
        assert_eq!(access.banned(), vec![ip]);
        assert_eq!(
            access
                .authorize(ip, false, Some(&s), Some("pw"), b"key")
                .await,
            Err(Refusal::Banned),
            "refused at once, not left waiting"
        );
        // The right password waiting behind the guesses is not mistaken for a sixth guess.
        let access = Access::default();
        let mapped: IpAddr = "::ffff:192.0.2.21".parse().expect("ip");
        let plain_ip: IpAddr = "192.0.2.21".parse().expect("ip");
        let p = plain("secret");
        for ip in [plain_ip, mapped, plain_ip, mapped, plain_ip] {
            let _ = access
                .authorize(ip, false, Some(&p), Some("no"), b"k")
                .await;
        }
        assert_eq!(access.banned(), vec![plain_ip], "one address, one count");
        assert!(access.is_banned(mapped));
        assert!(access.unban(mapped), "either form lifts the ban");
        assert!(!access.is_banned(plain_ip));
    }

    #[test]
    fn known_networks() {
        let (k, bad) = KnownNetworks::parse(["10.0.0.0/8", "nonsense", "fd00::/8", "10.1.2.3/33"]);
        assert_eq!(bad, vec!["nonsense".to_string(), "10.1.2.3/33".to_string()]);
        assert!(k.contains("10.2.3.4".parse().expect("ip")));
        assert!(k.contains("::ffff:10.2.3.4".parse().expect("ip")));
        assert!(k.contains("::1".parse().expect("ip")));
        assert!(k.contains("::ffff:127.0.0.5".parse().expect("ip")));
        assert!(!k.contains("192.0.2.1".parse().expect("ip")));
    }
}
