//! Who may use `/Api`: IPCPassword verification, failure counting and bans, trusted networks.
//!
//! The decision order is ASF's: a banned address is refused before anything else (and before
//! any hashing); without a password only loopback and known networks get in; with one, the
//! password must verify, and every wrong one counts towards a ban at five. The whole failure
//! map is cleared every hour.
//!
//! Unlike ASF, a hashed password (SCrypt, PBKDF2) is not re-derived on every request: after a
//! password verifies once, only a keyed digest of it is kept (SHA-256 under a key drawn at
//! start, so the digest is worthless outside this process), and later requests carrying the
//! same password are checked against that in constant time. A wrong guess never matches the
//! kept digest, so it still pays the full key derivation.
//!
//! Key derivations are bounded for the whole process, whoever asks: a trusted proxy names any
//! client address in `X-Forwarded-For`, so five guesses per address alone bound nothing. At
//! most one derivation per core runs at a time, a few more wait for a turn, and a guess beyond
//! those is refused at once as busy (not permanent) without being counted, so a flood of guesses
//! costs a fixed amount of CPU and memory while the remembered password and requests that need
//! no password stay fast. Failure counts are kept for at most [`MAX_TRACKED_ADDRESSES`]
//! addresses until the hourly reset; a wrong guess from a further address is refused the same
//! way.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::{Arc, Mutex};

use ipnet::IpNet;
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

use crate::api::enums::EHashingMethod;
use crate::core::crypto;

/// Failed attempts after which an address is banned.
pub(crate) const MAX_FAILED_ATTEMPTS: u8 = 5;

/// Addresses whose failures are counted at once (about 3 MiB of counts). A wrong guess from a
/// further address is refused uncounted until the hourly reset or a lifted ban makes room.
pub(crate) const MAX_TRACKED_ADDRESSES: usize = 65_536;

/// Key derivations that may wait for a turn, per derivation that may run.
const WAITING_PER_TURN: usize = 3;

/// Why a request was refused; `http` answers each with its status.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Refusal {
    /// No password was offered, or a wrong one.
    WrongPassword,
    /// Too many failures from this address; the hourly reset lifts the ban.
    Banned,
    /// No password is set and the address is not trusted.
    NotAllowed,
    /// The password could not be checked now (every key derivation turn is taken or queued,
    /// or no more addresses can be counted); not counted as a failure, and the same request
    /// later can succeed.
    Busy,
}

impl Refusal {
    /// `Result.Permanent` of the refusal: false for a ban, which the hourly reset lifts, and
    /// for a busy refusal, which lifts as soon as the guesses in progress are decided.
    pub(crate) fn permanent(self) -> bool {
        !matches!(self, Refusal::Banned | Refusal::Busy)
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
    /// Keyed digest ([`Access::digest`]) of the password that verified.
    input: [u8; 32],
}

/// Turns for key derivations, shared by every password check of the process.
struct KeyDerivations {
    /// One per core: derivations running at once.
    turns: Arc<tokio::sync::Semaphore>,
    /// Derivations running or waiting for a turn; a guess that finds none left is refused.
    admitted: Arc<tokio::sync::Semaphore>,
    /// How many have run (a wrong guess costs one).
    count: std::sync::atomic::AtomicU64,
}

impl KeyDerivations {
    fn new(turns: usize) -> Self {
        let turns = turns.max(1);
        Self {
            turns: Arc::new(tokio::sync::Semaphore::new(turns)),
            admitted: Arc::new(tokio::sync::Semaphore::new(turns * (1 + WAITING_PER_TURN))),
            count: std::sync::atomic::AtomicU64::new(0),
        }
    }

    /// A place among the derivations running or waiting, if one is free.
    fn admit(&self) -> Option<tokio::sync::OwnedSemaphorePermit> {
        self.admitted.clone().try_acquire_owned().ok()
    }

    /// Runs `derive` on the blocking pool once a turn is free. The turn and the place are held
    /// until the derivation ends, even when the request that asked is abandoned meanwhile.
    async fn run<T: Send + 'static>(
        &self,
        place: tokio::sync::OwnedSemaphorePermit,
        derive: impl FnOnce() -> T + Send + 'static,
    ) -> Option<T> {
        let turn = self.turns.clone().acquire_owned().await.ok()?;
        self.count
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        tokio::task::spawn_blocking(move || {
            let _held = (turn, place);
            derive()
        })
        .await
        .ok()
    }
}

/// Wrong guesses of one address: those counted, and those whose key derivation is running.
#[derive(Clone, Copy, Debug, Default)]
struct Attempts {
    failed: u8,
    pending: u8,
}

/// Process-wide access state: failure counts survive IPC restarts, as in ASF. Addresses are
/// kept in canonical form (IPv4-mapped IPv6 as IPv4), so one client has one count.
pub struct Access {
    failures: Mutex<HashMap<IpAddr, Attempts>>,
    /// Woken whenever a derivation ends, for guesses waiting for a free attempt.
    released: tokio::sync::Notify,
    verified: Mutex<Option<Verified>>,
    /// Key of the digest a verified password is remembered by, drawn at start.
    digest_key: [u8; 32],
    derivations: KeyDerivations,
}

impl Default for Access {
    fn default() -> Self {
        Self::with_derivation_turns(std::thread::available_parallelism().map_or(2, usize::from))
    }
}

impl Access {
    /// Access state whose key derivations run at most `turns` at a time.
    fn with_derivation_turns(turns: usize) -> Self {
        Self {
            failures: Mutex::default(),
            released: tokio::sync::Notify::new(),
            verified: Mutex::default(),
            digest_key: rand::random(),
            derivations: KeyDerivations::new(turns),
        }
    }

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
        self.derivations
            .count
            .load(std::sync::atomic::Ordering::Relaxed)
    }

    /// The keyed digest a presented password is compared by.
    fn digest(&self, password: &str) -> [u8; 32] {
        let mut h = Sha256::new();
        h.update(self.digest_key);
        h.update(password.as_bytes());
        h.finalize().into()
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
    /// A reserved attempt that finds no free place among the process's derivations is given
    /// back uncounted and refused as [`Refusal::Busy`].
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
                Err(Refusal::NotAllowed)
            };
        };
        let Some(password) = password.filter(|p| !p.is_empty()) else {
            return Err(Refusal::WrongPassword);
        };
        let identity = setting_identity(setting, crypt_key);
        let input = self.digest(password);
        loop {
            // Cheap checks first: a plain password, or one that verified before.
            if let Some(correct) = self.verify_cheaply(setting, &identity, &input) {
                return self.count(&mut self.lock_failures(), ip, correct);
            }
            let released = self.released.notified();
            {
                let mut failures = self.lock_failures();
                if failures.len() >= MAX_TRACKED_ADDRESSES && !failures.contains_key(&ip) {
                    return Err(Refusal::Busy);
                }
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
        let Some(place) = self.derivations.admit() else {
            return reservation.give_back();
        };
        let correct = self
            .derive_and_compare(setting, password, crypt_key, identity, input, place)
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
        if !correct && failures.len() >= MAX_TRACKED_ADDRESSES && !failures.contains_key(&ip) {
            return Err(Refusal::Busy);
        }
        let attempts = failures.entry(ip).or_default();
        let outcome = if attempts.failed >= MAX_FAILED_ATTEMPTS {
            Err(Refusal::Banned)
        } else if correct {
            Ok(())
        } else {
            attempts.failed += 1;
            Err(Refusal::WrongPassword)
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
            return Some(bool::from(input.ct_eq(&self.digest(&setting.stored))));
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
        place: tokio::sync::OwnedSemaphorePermit,
    ) -> bool {
        let Ok(expected) = base64_decode(&setting.stored) else {
            return false;
        };
        let format = setting.format;
        let password = password.as_bytes().to_vec();
        let key = crypt_key.to_vec();
        let derived = self
            .derivations
            .run(place, move || crypto::hash_bytes(format, &password, &key))
            .await
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

    /// Gives the attempt back uncounted: its derivation could not be queued.
    fn give_back(mut self) -> Result<(), Refusal> {
        self.settled = true;
        {
            let mut failures = self.access.lock_failures();
            Self::release(&mut failures, self.ip);
            if failures
                .get(&self.ip)
                .is_some_and(|n| n.failed == 0 && n.pending == 0)
            {
                failures.remove(&self.ip);
            }
        }
        self.access.released.notify_waiters();
        Err(Refusal::Busy)
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
                Err(Refusal::WrongPassword)
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
            Err(Refusal::WrongPassword),
            "a different crypt key does not reuse the remembered password"
        );
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn concurrent_wrong_guesses_derive_exactly_five_keys() {
        // Two turns: five derivations fit among those running and waiting on any machine.
        let access = std::sync::Arc::new(Access::with_derivation_turns(2));
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
                Err(Refusal::WrongPassword) => unauthorized += 1,
                Err(Refusal::Banned) => {}
                other => panic!("unexpected {other:?}"),
            }
        }
        assert_eq!(access.derivations(), 5);
        assert_eq!(unauthorized, 5);
        assert_eq!(access.banned(), vec![ip]);

        // A guess abandoned while its key is derived still counts, and frees its attempt.
        let access = Access::with_derivation_turns(2);
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

    #[tokio::test(flavor = "current_thread")]
    async fn key_derivations_are_bounded_for_the_whole_process() {
        // One turn: one derivation runs, three wait, every further guess is refused at once,
        // whichever address it claims, and is not counted against that address.
        let access = Arc::new(Access::with_derivation_turns(1));
        let stored = crypto::hash_string(EHashingMethod::SCrypt, "pw", b"key").expect("hash");
        let s = PasswordSetting {
            stored,
            format: EHashingMethod::SCrypt,
        };
        let guesses: Vec<_> = (0..40u8)
            .map(|i| {
                let (access, s) = (access.clone(), s.clone());
                tokio::spawn(async move {
                    let ip = IpAddr::from([192, 0, 2, i]);
                    access
                        .authorize(ip, false, Some(&s), Some("wrong"), b"key")
                        .await
                })
            })
            .collect();
        let (mut unauthorized, mut busy) = (0, 0);
        for guess in guesses {
            match guess.await.expect("task") {
                Err(Refusal::WrongPassword) => unauthorized += 1,
                Err(Refusal::Busy) => busy += 1,
                other => panic!("unexpected {other:?}"),
            }
        }
        assert_eq!((unauthorized, busy), (4, 36));
        assert_eq!(access.derivations(), 4);
        assert_eq!(
            access.lock_failures().len(),
            4,
            "refused guesses leave no count"
        );
        assert!(!Refusal::Busy.permanent());
        // Once the guesses are decided, the right password verifies, and is then remembered.
        let ip = IpAddr::from([192, 0, 2, 200]);
        for _ in 0..3 {
            assert!(
                access
                    .authorize(ip, false, Some(&s), Some("pw"), b"key")
                    .await
                    .is_ok()
            );
        }
        assert_eq!(access.derivations(), 5);
    }

    #[tokio::test]
    async fn failures_are_counted_for_a_bounded_number_of_addresses() {
        let access = Access::default();
        let p = plain("secret");
        let address = |i: usize| {
            IpAddr::from(std::net::Ipv4Addr::from(
                0x0a00_0000_u32 + u32::try_from(i).expect("i"),
            ))
        };
        for i in 0..MAX_TRACKED_ADDRESSES {
            assert_eq!(
                access
                    .authorize(address(i), false, Some(&p), Some("no"), b"k")
                    .await,
                Err(Refusal::WrongPassword)
            );
        }
        let further = address(MAX_TRACKED_ADDRESSES);
        assert_eq!(
            access
                .authorize(further, false, Some(&p), Some("no"), b"k")
                .await,
            Err(Refusal::Busy),
            "a further address is refused, not counted"
        );
        assert_eq!(access.lock_failures().len(), MAX_TRACKED_ADDRESSES);
        assert_eq!(
            access
                .authorize(address(0), false, Some(&p), Some("no"), b"k")
                .await,
            Err(Refusal::WrongPassword),
            "an address already counted still is"
        );
        assert!(
            access
                .authorize(further, false, Some(&p), Some("secret"), b"k")
                .await
                .is_ok(),
            "the right password needs no count"
        );
        access.clear();
        assert_eq!(
            access
                .authorize(further, false, Some(&p), Some("no"), b"k")
                .await,
            Err(Refusal::WrongPassword)
        );
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
