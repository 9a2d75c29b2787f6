//! ASF's enumerations as they travel on the wire: plain integers.
//!
//! ASF (System.Text.Json without a string-enum converter) writes and reads every enum as its
//! number, and accepts numbers that name no member; validation decides later whether such a value
//! is acceptable. So each enum here is a transparent newtype over its underlying integer, with a
//! table of named members. The table feeds three consumers: the `x-definition` extension of the
//! OpenAPI document (ASF-ui formats wallet balances from `ECurrencyCode`'s), `/Api/Type` (config
//! editors), and config validation.

use schemars::JsonSchema;
use schemars::r#gen::SchemaGenerator;
use schemars::schema::{InstanceType, Metadata, Schema, SchemaObject};
use serde::{Deserialize, Serialize};

/// What every wire enum tells about itself.
pub trait AsfEnum: Copy {
    /// The .NET "unified" type name ASF uses in `/Api/Type` (`ArchiSteamFarm.…+EAccess`).
    const DOTNET_NAME: &'static str;
    /// The .NET name of the underlying integer type (`System.Byte`, `System.Int32`, …).
    const UNDERLYING: &'static str;
    /// Whether the enum is a `[Flags]` enum (members combine bitwise).
    const FLAGS: bool;
    /// Members in declaration order; for duplicate values the first name is canonical.
    const MEMBERS: &'static [(&'static str, i64)];

    /// The raw number.
    fn value(self) -> i64;

    /// True when the value names a member, or, for flags, is a combination of members.
    fn is_defined(self) -> bool {
        let v = self.value();
        if Self::FLAGS {
            let all = Self::MEMBERS.iter().fold(0i64, |acc, (_, m)| acc | m);
            v >= 0 && v & !all == 0
        } else {
            Self::MEMBERS.iter().any(|(_, m)| *m == v)
        }
    }

    /// The member name for this value, if it names one exactly.
    fn name(self) -> Option<&'static str> {
        let v = self.value();
        Self::MEMBERS.iter().find(|(_, m)| *m == v).map(|(n, _)| *n)
    }

    /// Looks a member up by name, ignoring ASCII case (as ASF's `Enum.TryParse(…, true)` does).
    fn value_of(name: &str) -> Option<i64> {
        Self::MEMBERS
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, m)| *m)
    }
}

/// Builds the schema of an integer enum, carrying ASF's `x-definition` map (name → number,
/// first name wins for duplicate numbers).
fn enum_schema(format: &str, doc: &str, members: &[(&str, i64)], flags: bool) -> Schema {
    // ASF marks `[Flags]` enums by their format; the integer width is in `/Api/Type`.
    let format = if flags { "flags" } else { format };
    let mut definition = serde_json::Map::new();
    for (name, value) in members {
        if !definition.values().any(|v| v.as_i64() == Some(*value)) {
            definition.insert((*name).to_string(), serde_json::Value::from(*value));
        }
    }
    let mut obj = SchemaObject {
        instance_type: Some(InstanceType::Integer.into()),
        format: Some(format.to_string()),
        metadata: Some(Box::new(Metadata {
            description: Some(doc.to_string()),
            ..Default::default()
        })),
        ..Default::default()
    };
    obj.extensions.insert(
        "x-definition".to_string(),
        serde_json::Value::Object(definition),
    );
    Schema::Object(obj)
}

macro_rules! asf_enum {
    (
        $(#[doc = $doc:literal])*
        $name:ident($repr:ty, $format:literal, $underlying:literal, $dotnet:literal, flags = $flags:literal) {
            $($member:ident = $value:expr),* $(,)?
        }
    ) => {
        $(#[doc = $doc])*
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub $repr);

        #[allow(non_upper_case_globals, dead_code)]
        impl $name {
            $(pub const $member: $name = $name($value);)*
        }

        impl AsfEnum for $name {
            const DOTNET_NAME: &'static str = $dotnet;
            const UNDERLYING: &'static str = $underlying;
            const FLAGS: bool = $flags;
            const MEMBERS: &'static [(&'static str, i64)] = &[$((stringify!($member), $value as i64)),*];
            fn value(self) -> i64 {
                self.0 as i64
            }
        }

        impl JsonSchema for $name {
            fn schema_name() -> String {
                stringify!($name).to_string()
            }
            fn json_schema(_: &mut SchemaGenerator) -> Schema {
                enum_schema($format, concat!($($doc, "\n"),*).trim(), Self::MEMBERS, $flags)
            }
        }
    };
}

asf_enum! {
    /// How a password or other secret is hashed (ASF `EHashingMethod`).
    EHashingMethod(u8, "uint8", "System.Byte", "ArchiSteamFarm.Helpers.ArchiCryptoHelper+EHashingMethod", flags = false) {
        PlainText = 0, SCrypt = 1, Pbkdf2 = 2,
    }
}

asf_enum! {
    /// How a secret is stored or encrypted (ASF `ECryptoMethod`).
    ECryptoMethod(u8, "uint8", "System.Byte", "ArchiSteamFarm.Helpers.ArchiCryptoHelper+ECryptoMethod", flags = false) {
        PlainText = 0, AES = 1, ProtectedDataForCurrentUser = 2, EnvironmentVariable = 3, File = 4,
    }
}

asf_enum! {
    /// Release channel for updates (ASF `EUpdateChannel`).
    EUpdateChannel(u8, "uint8", "System.Byte", "ArchiSteamFarm.Storage.GlobalConfig+EUpdateChannel", flags = false) {
        None = 0, Stable = 1, PreRelease = 2,
    }
}

asf_enum! {
    /// Whether to favour speed or memory (ASF `EOptimizationMode`).
    EOptimizationMode(u8, "uint8", "System.Byte", "ArchiSteamFarm.Storage.GlobalConfig+EOptimizationMode", flags = false) {
        MaxPerformance = 0, MinMemoryUsage = 1,
    }
}

asf_enum! {
    /// How `PluginsUpdateList` is read (ASF `EPluginsUpdateMode`).
    EPluginsUpdateMode(u8, "uint8", "System.Byte", "ArchiSteamFarm.Storage.GlobalConfig+EPluginsUpdateMode", flags = false) {
        Whitelist = 0, Blacklist = 1,
    }
}

asf_enum! {
    /// Network protocols used to reach Steam (SteamKit `ProtocolTypes`).
    ProtocolTypes(i32, "int32", "System.Int32", "SteamKit2.ProtocolTypes", flags = true) {
        Tcp = 1, Udp = 2, WebSocket = 4, All = 7,
    }
}

asf_enum! {
    /// Bot behaviour switches (ASF `BotConfig.EBotBehaviour`).
    EBotBehaviour(u8, "uint8", "System.Byte", "ArchiSteamFarm.Steam.Storage.BotConfig+EBotBehaviour", flags = true) {
        None = 0, RejectInvalidFriendInvites = 1, RejectInvalidTrades = 2, RejectInvalidGroupInvites = 4,
        DismissInventoryNotifications = 8, MarkReceivedMessagesAsRead = 16, MarkBotMessagesAsRead = 32,
        DisableIncomingTradesParsing = 64, All = 127,
    }
}

asf_enum! {
    /// Steam inventory item kinds (ASF `EAssetType`).
    EAssetType(u8, "uint8", "System.Byte", "ArchiSteamFarm.Steam.Data.EAssetType", flags = false) {
        Unknown = 0, BoosterPack = 1, Emoticon = 2, FoilTradingCard = 3, ProfileBackground = 4,
        TradingCard = 5, SteamGems = 6, SaleItem = 7, Consumable = 8, ProfileModifier = 9, Sticker = 10,
        ChatEffect = 11, MiniProfileBackground = 12, AvatarProfileFrame = 13, AnimatedAvatar = 14,
        KeyboardSkin = 15, StartupVideo = 16,
    }
}

asf_enum! {
    /// Order in which games are farmed (ASF `BotConfig.EFarmingOrder`).
    EFarmingOrder(u8, "uint8", "System.Byte", "ArchiSteamFarm.Steam.Storage.BotConfig+EFarmingOrder", flags = false) {
        Unordered = 0, AppIDsAscending = 1, AppIDsDescending = 2, CardDropsAscending = 3,
        CardDropsDescending = 4, HoursAscending = 5, HoursDescending = 6, NamesAscending = 7,
        NamesDescending = 8, Random = 9, BadgeLevelsAscending = 10, BadgeLevelsDescending = 11,
        RedeemDateTimesAscending = 12, RedeemDateTimesDescending = 13, MarketableAscending = 14,
        MarketableDescending = 15,
    }
}

asf_enum! {
    /// Farming switches (ASF `BotConfig.EFarmingPreferences`).
    EFarmingPreferences(u16, "uint16", "System.UInt16", "ArchiSteamFarm.Steam.Storage.BotConfig+EFarmingPreferences", flags = true) {
        None = 0, FarmingPausedByDefault = 1, ShutdownOnFarmingFinished = 2, SendOnFarmingFinished = 4,
        FarmPriorityQueueOnly = 8, SkipRefundableGames = 16, SkipUnplayedGames = 32,
        EnableRiskyCardsDiscovery = 64, AutoUnpackBoosterPacks = 256, All = 383,
    }
}

asf_enum! {
    /// Device type the bot presents to Steam (SteamKit `EGamingDeviceType`).
    EGamingDeviceType(i32, "int32", "System.Int32", "SteamKit2.EGamingDeviceType", flags = false) {
        Unknown = 0, StandardPC = 1, ConsoleLegacy = 256, PS3 = 273, Steambox = 288, Tesla = 320,
        Handheld_Legacy = 512, Phone = 528, Console = 540, SteamOSGeneric = 541, SteamDeck = 544,
        LegionGoS = 545, Fremont = 546, VR = 768, SteamFrame = 769,
    }
}

asf_enum! {
    /// Account flags (SteamKit `EAccountFlags`), the type `/Api/Type` gives `Bot.AccountFlags`,
    /// which the API writes as its number.
    EAccountFlags(i32, "int32", "System.Int32", "SteamKit2.EAccountFlags", flags = true) {
        NormalUser = 0, PersonaNameSet = 1, Unbannable = 2, PasswordSet = 4, Support = 8,
        Admin = 16, Supervisor = 32, AppEditor = 64, HWIDSet = 128, PersonalQASet = 256,
        VacBeta = 512, Debug = 1024, Disabled = 2048, LimitedUser = 4096,
        LimitedUserForce = 8192, EmailValidated = 16384, ValveEmail = 32768,
        OGGInviteOptOut = 65536, ForcePasswordChange = 131072, ForceEmailVerification = 262144,
        LogonExtraSecurity = 524288, LogonExtraSecurityDisabled = 1048576,
        Steam2MigrationComplete = 2097152, NeedLogs = 4194304, Lockdown = 8388608,
        MasterAppEditor = 16777216, BannedFromWebAPI = 33554432, PartnerMember = 67108864,
        GlobalModerator = 134217728, ParentalSettings = 268435456,
        ThirdPartySupport = 536870912, NeedsSSANextSteamLogon = 1073741824,
    }
}

asf_enum! {
    /// Persona state flags (SteamKit `EPersonaStateFlag`).
    EPersonaStateFlag(i32, "int32", "System.Int32", "SteamKit2.EPersonaStateFlag", flags = true) {
        HasRichPresence = 1, InJoinableGame = 2, Golden = 4, RemotePlayTogether = 8,
        ClientTypeWeb = 256, ClientTypeMobile = 512, ClientTypeTenfoot = 1024, ClientTypeVR = 2048,
        LaunchTypeGamepad = 4096, LaunchTypeCompatTool = 8192,
    }
}

asf_enum! {
    /// Persona state (SteamKit `EPersonaState`).
    EPersonaState(i32, "int32", "System.Int32", "SteamKit2.EPersonaState", flags = false) {
        Offline = 0, Online = 1, Busy = 2, Away = 3, Snooze = 4, LookingToTrade = 5,
        LookingToPlay = 6, Invisible = 7,
    }
}

asf_enum! {
    /// Key redeeming switches (ASF `BotConfig.ERedeemingPreferences`).
    ERedeemingPreferences(u8, "uint8", "System.Byte", "ArchiSteamFarm.Steam.Storage.BotConfig+ERedeemingPreferences", flags = true) {
        None = 0, Forwarding = 1, Distributing = 2, KeepMissingGames = 4,
        AssumeWalletKeyOnBadActivationCode = 8, All = 15,
    }
}

asf_enum! {
    /// Public listings the bot takes part in (ASF `BotConfig.ERemoteCommunication`).
    ERemoteCommunication(u8, "uint8", "System.Byte", "ArchiSteamFarm.Steam.Storage.BotConfig+ERemoteCommunication", flags = true) {
        None = 0, SteamGroup = 1, PublicListing = 2, All = 3,
    }
}

asf_enum! {
    /// Per-user permission on one bot (ASF `BotConfig.EAccess`).
    EAccess(u8, "uint8", "System.Byte", "ArchiSteamFarm.Steam.Storage.BotConfig+EAccess", flags = false) {
        None = 0, FamilySharing = 1, Operator = 2, Master = 3,
    }
}

asf_enum! {
    /// Trading switches (ASF `BotConfig.ETradingPreferences`).
    ETradingPreferences(u8, "uint8", "System.Byte", "ArchiSteamFarm.Steam.Storage.BotConfig+ETradingPreferences", flags = true) {
        None = 0, AcceptDonations = 1, SteamTradeMatcher = 2, MatchEverything = 4,
        DontAcceptBotTrades = 8, MatchActively = 16, All = 31,
    }
}

asf_enum! {
    /// Steam client UI mode (SteamKit `EUIMode`).
    EUIMode(i32, "int32", "System.Int32", "SteamKit2.EUIMode", flags = false) {
        Unknown = -1, VGUI = 0, Tenfoot = 1, Mobile = 2, Web = 3, GamePadUI = 4, MobileChat = 5,
        EmbeddedClient = 6, DesktopUI = 7,
    }
}

asf_enum! {
    /// What a bot is waiting for from its user (ASF `ASF.EUserInputType`).
    EUserInputType(u8, "uint8", "System.Byte", "ArchiSteamFarm.Core.ASF+EUserInputType", flags = false) {
        None = 0, Login = 1, Password = 2, SteamGuard = 3, SteamParentalCode = 4,
        TwoFactorAuthentication = 5, Cryptkey = 6, DeviceConfirmation = 7,
    }
}

asf_enum! {
    /// Wallet currency (SteamKit `ECurrencyCode`).
    ECurrencyCode(i32, "int32", "System.Int32", "SteamKit2.ECurrencyCode", flags = false) {
        Invalid = 0, USD = 1, GBP = 2, EUR = 3, CHF = 4, RUB = 5, PLN = 6, BRL = 7, JPY = 8, NOK = 9,
        IDR = 10, MYR = 11, PHP = 12, SGD = 13, THB = 14, VND = 15, KRW = 16, TRY = 17, UAH = 18,
        MXN = 19, CAD = 20, AUD = 21, NZD = 22, CNY = 23, INR = 24, CLP = 25, PEN = 26, COP = 27,
        ZAR = 28, HKD = 29, TWD = 30, SAR = 31, AED = 32, ARS = 34, ILS = 35, BYN = 36, KZT = 37,
        KWD = 38, QAR = 39, CRC = 40, UYU = 41, BGN = 42, HRK = 43, CZK = 44, DKK = 45, HUF = 46,
        RON = 47,
    }
}

asf_enum! {
    /// Outcome of a Steam request (SteamKit `EResult`, every member).
    EResult(i32, "int32", "System.Int32", "SteamKit2.EResult", flags = false) {
        Invalid = 0, OK = 1, Fail = 2, NoConnection = 3, InvalidPassword = 5, LoggedInElsewhere = 6,
        InvalidProtocolVer = 7, InvalidParam = 8, FileNotFound = 9, Busy = 10, InvalidState = 11,
        InvalidName = 12, InvalidEmail = 13, DuplicateName = 14, AccessDenied = 15, Timeout = 16,
        Banned = 17, AccountNotFound = 18, InvalidSteamID = 19, ServiceUnavailable = 20,
        NotLoggedOn = 21, Pending = 22, EncryptionFailure = 23, InsufficientPrivilege = 24,
        LimitExceeded = 25, Revoked = 26, Expired = 27, AlreadyRedeemed = 28, DuplicateRequest = 29,
        AlreadyOwned = 30, IPNotFound = 31, PersistFailed = 32, LockingFailed = 33,
        LogonSessionReplaced = 34, ConnectFailed = 35, HandshakeFailed = 36, IOFailure = 37,
        RemoteDisconnect = 38, ShoppingCartNotFound = 39, Blocked = 40, Ignored = 41, NoMatch = 42,
        AccountDisabled = 43, ServiceReadOnly = 44, AccountNotFeatured = 45, AdministratorOK = 46,
        ContentVersion = 47, TryAnotherCM = 48, PasswordRequiredToKickSession = 49,
        AlreadyLoggedInElsewhere = 50, Suspended = 51, Cancelled = 52, DataCorruption = 53,
        DiskFull = 54, RemoteCallFailed = 55, PasswordUnset = 56, ExternalAccountUnlinked = 57,
        PSNTicketInvalid = 58, ExternalAccountAlreadyLinked = 59, RemoteFileConflict = 60,
        IllegalPassword = 61, SameAsPreviousValue = 62, AccountLogonDenied = 63,
        CannotUseOldPassword = 64, InvalidLoginAuthCode = 65, AccountLogonDeniedNoMail = 66,
        HardwareNotCapableOfIPT = 67, IPTInitError = 68, ParentalControlRestricted = 69,
        FacebookQueryError = 70, ExpiredLoginAuthCode = 71, IPLoginRestrictionFailed = 72,
        AccountLockedDown = 73, AccountLogonDeniedVerifiedEmailRequired = 74, NoMatchingURL = 75,
        BadResponse = 76, RequirePasswordReEntry = 77, ValueOutOfRange = 78, UnexpectedError = 79,
        Disabled = 80, InvalidCEGSubmission = 81, RestrictedDevice = 82, RegionLocked = 83,
        RateLimitExceeded = 84, AccountLoginDeniedNeedTwoFactor = 85, ItemDeleted = 86,
        AccountLoginDeniedThrottle = 87, TwoFactorCodeMismatch = 88,
        TwoFactorActivationCodeMismatch = 89, AccountAssociatedToMultiplePartners = 90,
        NotModified = 91, NoMobileDevice = 92, TimeNotSynced = 93, SMSCodeFailed = 94,
        AccountLimitExceeded = 95, AccountActivityLimitExceeded = 96,
        PhoneActivityLimitExceeded = 97, RefundToWallet = 98, EmailSendFailure = 99,
        NotSettled = 100, NeedCaptcha = 101, GSLTDenied = 102, GSOwnerDenied = 103,
        InvalidItemType = 104, IPBanned = 105, GSLTExpired = 106, InsufficientFunds = 107,
        TooManyPending = 108, NoSiteLicensesFound = 109, WGNetworkSendExceeded = 110,
        AccountNotFriends = 111, LimitedUserAccount = 112, CantRemoveItem = 113,
        AccountDeleted = 114, ExistingUserCancelledLicense = 115, CommunityCooldown = 116,
        NoLauncherSpecified = 117, MustAgreeToSSA = 118, LauncherMigrated = 119,
        SteamRealmMismatch = 120, InvalidSignature = 121, ParseFailure = 122, NoVerifiedPhone = 123,
        InsufficientBattery = 124, ChargerRequired = 125, CachedCredentialInvalid = 126,
        PhoneNumberIsVOIP = 127, NotSupported = 128, FamilySizeLimitExceeded = 129,
        OfflineAppCacheInvalid = 130, TryLater = 131,
    }
}

asf_enum! {
    /// Why a purchase or activation ended as it did (SteamKit `EPurchaseResultDetail`).
    EPurchaseResultDetail(i32, "int32", "System.Int32", "SteamKit2.EPurchaseResultDetail", flags = false) {
        NoDetail = 0, AVSFailure = 1, InsufficientFunds = 2, ContactSupport = 3, Timeout = 4,
        InvalidPackage = 5, InvalidPaymentMethod = 6, InvalidData = 7, OthersInProgress = 8,
        AlreadyPurchased = 9, WrongPrice = 10, FraudCheckFailed = 11, CancelledByUser = 12,
        RestrictedCountry = 13, BadActivationCode = 14, DuplicateActivationCode = 15,
        UseOtherPaymentMethod = 16, UseOtherFunctionSource = 17, InvalidShippingAddress = 18,
        RegionNotSupported = 19, AcctIsBlocked = 20, AcctNotVerified = 21,
        InvalidAccount = 22, StoreBillingCountryMismatch = 23, DoesNotOwnRequiredApp = 24,
        CanceledByNewTransaction = 25, ForceCanceledPending = 26, FailCurrencyTransProvider = 27,
        FailedCyberCafe = 28, NeedsPreApproval = 29, PreApprovalDenied = 30, WalletCurrencyMismatch = 31,
        EmailNotValidated = 32, ExpiredCard = 33, TransactionExpired = 34, WouldExceedMaxWallet = 35,
        MustLoginPS3AppForPurchase = 36, CannotShipToPOBox = 37, InsufficientInventory = 38,
        CannotGiftShippedGoods = 39, CannotShipInternationally = 40, BillingAgreementCancelled = 41,
        InvalidCoupon = 42, ExpiredCoupon = 43, AccountLocked = 44, OtherAbortableInProgress = 45,
        ExceededSteamLimit = 46, OverlappingPackagesInCart = 47, NoWallet = 48, NoCachedPaymentMethod = 49,
        CannotRedeemCodeFromClient = 50, PurchaseAmountNoSupportedByProvider = 51,
        OverlappingPackagesInPendingTransaction = 52, RateLimited = 53, OwnsExcludedApp = 54,
        CreditCardBinMismatchesType = 55, CartValueTooHigh = 56, BillingAgreementAlreadyExists = 57,
        POSACodeNotActivated = 58, CannotShipToCountry = 59, HungTransactionCancelled = 60,
        PaypalInternalError = 61, UnknownGlobalCollectError = 62, InvalidTaxAddress = 63,
        PhysicalProductLimitExceeded = 64, PurchaseCannotBeReplayed = 65, DelayedCompletion = 66,
        BundleTypeCannotBeGifted = 67, BlockedByUSGov = 68, ItemsReservedForCommercialUse = 69,
        GiftAlreadyOwned = 70, GiftInvalidForRecipientRegion = 71, GiftPricingImbalance = 72,
        GiftRecipientNotSpecified = 73, ItemsNotAllowedForCommercialUse = 74,
        BusinessStoreCountryCodeMismatch = 75, UserAssociatedWithManyCafes = 76,
        UserNotAssociatedWithCafe = 77, AddressInvalid = 78, CreditCardNumberInvalid = 79,
        CannotShipToMilitaryPostOffice = 80, BillingNameInvalidResemblesCreditCard = 81,
        PaymentMethodNotSupportedForProduct = 83,
    }
}

asf_enum! {
    /// Kind of a mobile confirmation (SteamKit `EMobileConfirmationType`).
    EMobileConfirmationType(i32, "int32", "System.Int32", "SteamKit2.EMobileConfirmationType", flags = false) {
        Invalid = 0, Test = 1, Trade = 2, MarketListing = 3, FeatureOptOut = 4, PhoneNumberChange = 5,
        AccountRecovery = 6, BuildChangeRequest = 7, AddUser = 8, RegisterApiKey = 9,
        InviteToFamilyGroup = 10, JoinFamilyGroup = 11, MarketPurchase = 12, RequestRefund = 13,
    }
}

asf_enum! {
    /// Health of the process (ASP.NET `HealthStatus`).
    HealthStatus(i32, "int32", "System.Int32", "Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus", flags = false) {
        Unhealthy = 0, Degraded = 1, Healthy = 2,
    }
}

/// The `/Api/Type` view of one enum: its members as name → number-as-string.
#[derive(Clone, Debug)]
pub struct EnumInfo {
    pub dotnet_name: &'static str,
    pub underlying: &'static str,
    pub flags: bool,
    pub members: &'static [(&'static str, i64)],
}

fn info<E: AsfEnum>() -> EnumInfo {
    EnumInfo {
        dotnet_name: E::DOTNET_NAME,
        underlying: E::UNDERLYING,
        flags: E::FLAGS,
        members: E::MEMBERS,
    }
}

/// Every enum a config editor may ask `/Api/Type` about.
pub fn config_enums() -> Vec<EnumInfo> {
    vec![
        info::<EBotBehaviour>(),
        info::<EAssetType>(),
        info::<EFarmingOrder>(),
        info::<EFarmingPreferences>(),
        info::<EGamingDeviceType>(),
        info::<EPersonaStateFlag>(),
        info::<EPersonaState>(),
        info::<ECryptoMethod>(),
        info::<ERedeemingPreferences>(),
        info::<ERemoteCommunication>(),
        info::<EAccess>(),
        info::<ETradingPreferences>(),
        info::<EUIMode>(),
        info::<EHashingMethod>(),
        info::<EOptimizationMode>(),
        info::<EPluginsUpdateMode>(),
        info::<ProtocolTypes>(),
        info::<EUpdateChannel>(),
    ]
}

/// Every enum of the document and the ones `/Api/Type` names without the document using them
/// (`EAccountFlags`), for `/Api/Type` and `/Api/Structure`.
pub fn all_enums() -> Vec<EnumInfo> {
    let mut all = config_enums();
    all.extend([
        info::<EAccountFlags>(),
        info::<ECurrencyCode>(),
        info::<EMobileConfirmationType>(),
        info::<EPurchaseResultDetail>(),
        info::<EResult>(),
        info::<EUserInputType>(),
        info::<HealthStatus>(),
    ]);
    all
}
