//! Windows registry values as admins paste them while checking the seed's
//! fix (TLS 1.2 enabled in SCHANNEL and for .NET): `reg query … /s` output,
//! a `.reg` export, and the report of our own `Test-Tls12Config.ps1`.
//!
//! ```text
//! HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Control\SecurityProviders\SCHANNEL\Protocols\TLS 1.2\Client
//!     DisabledByDefault    REG_DWORD    0x1
//!     Enabled    REG_DWORD    0x0
//!
//! [HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\.NETFramework\v4.0.30319]
//! "SchUseStrongCrypto"=dword:00000000
//!
//! WRONG    HKLM:\SYSTEM\CurrentControlSet\Control\SecurityProviders\SCHANNEL\Protocols\TLS 1.2\Client\Enabled = 0 (want 1)
//! MISSING  HKLM:\SOFTWARE\Microsoft\.NETFramework\v4.0.30319\SchUseStrongCrypto (want 1)
//! ```
//!
//! Only DWORD values are read: the settings that decide TLS are DWORDs.
//! Each value is written out as one line of the form the knowledge base's
//! matchers read (see [`Value::canonical`]).

use nom::branch::alt;
use nom::bytes::complete::{tag, tag_no_case, take_till1, take_while_m_n};
use nom::character::complete::{space0, space1};
use nom::sequence::{delimited, preceded};
use nom::{IResult, Parser};

/// A registry key's path from a key line, its hive spelt out
/// (`HKLM:\` and `HKLM\` are `HKEY_LOCAL_MACHINE\`).
///
/// `key-line = "[" key "]" / key` where `key = hive "\" path`, as `reg
/// query` prints it (at the start of the line) and a `.reg` file writes it.
pub fn key_line(line: &str) -> Option<String> {
    let t = line.trim_end();
    let key = t.strip_prefix('[').and_then(|k| k.strip_suffix(']')).unwrap_or(t);
    full_path(key).filter(|k| !k.contains(['"', '=']))
}

/// `HKLM:\…`, `HKLM\…` or `HKEY_LOCAL_MACHINE\…`, spelt out; other hives
/// as written.
fn full_path(key: &str) -> Option<String> {
    let (hive, path) = key.split_once('\\')?;
    let hive = hive.trim_end_matches(':');
    let long = if hive.eq_ignore_ascii_case("HKLM") {
        "HKEY_LOCAL_MACHINE"
    } else if hive.eq_ignore_ascii_case("HKCU") {
        "HKEY_CURRENT_USER"
    } else if hive.len() > 5 && hive.as_bytes()[..5].eq_ignore_ascii_case(b"HKEY_") && !hive.contains(' ') {
        hive
    } else {
        return None;
    };
    (!path.is_empty()).then(|| format!("{long}\\{path}"))
}

/// One value read: its name and its number (`None`: reported missing).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Value<'a> {
    /// The key's path, when the line names it (the script's report); a
    /// `reg query` or `.reg` value is under the key line above it.
    pub key: Option<String>,
    pub name: &'a str,
    pub data: Option<u64>,
}

/// The .NET Framework's TLS flags, under its `v4.0.30319` and `v2.0.50727`
/// keys (see [`net_framework_key`]).
pub const NET_FLAGS: [&str; 2] = ["SchUseStrongCrypto", "SystemDefaultTlsVersions"];

/// The values SCHANNEL and .NET read as flags: any value but 0 is on
/// (`Enabled` = 0xffffffff enables a protocol as 1 does).
const FLAGS: [&str; 4] = ["Enabled", "DisabledByDefault", NET_FLAGS[0], NET_FLAGS[1]];

/// Whether `key` is a .NET Framework key that holds [`NET_FLAGS`]
/// (`…\.NETFramework\v4.0.30319`, `…\v2.0.50727`, under `Wow6432Node` too).
pub fn net_framework_key(key: &str) -> bool {
    ["\\.NETFramework\\v4.0.30319", "\\.NETFramework\\v2.0.50727"]
        .iter()
        .any(|k| key.len() >= k.len() && key.as_bytes()[key.len() - k.len()..].eq_ignore_ascii_case(k.as_bytes()))
}

/// A DWORD as PowerShell prints it, signed (0xffffffff as `-1`).
fn ps_dword(text: &str) -> Option<u64> {
    text.trim().parse::<i64>().ok().map(|d| u64::from(d as u32))
}

impl Value<'_> {
    /// `<key>\<name> = <decimal> (dword)`, or `= (not set)`: the text the
    /// knowledge base's registry matchers read (`…\TLS 1.2\Client\Enabled
    /// = 0 (`), one form whatever the tool printed. A flag's value other
    /// than 0 and 1 is written `1 (dword 0x…)`.
    pub fn canonical(&self, key: &str) -> String {
        let flag = FLAGS.iter().any(|f| f.eq_ignore_ascii_case(self.name));
        match self.data {
            Some(d) if flag && d > 1 => format!("{key}\\{} = 1 (dword 0x{d:x})", self.name),
            Some(d) => format!("{key}\\{} = {d} (dword)", self.name),
            None => format!("{key}\\{} = (not set)", self.name),
        }
    }
}

/// Whether a line lists a value of another type under the key (`reg
/// query`'s `    InstallPath    REG_SZ    C:\…`, a `.reg` file's
/// `"InstallPath"="C:\\…"`, `"X"=hex:…`, `"X"=-`, `@="…"`): the listing
/// goes on past it.
pub fn other_value(line: &str) -> bool {
    let t = line.trim_end();
    (t.starts_with([' ', '\t']) && (t.contains("    REG_") || t.contains("\tREG_")))
        || (t.starts_with('"') && t[1..].contains("\"="))
        || t.starts_with("@=")
}

/// `ps-property = name 1*SP ": " value`, PowerShell's `Format-List` line
/// (`Get-ItemProperty`): one of the flags with a number, or `PSPath` with
/// the key it was read from, which comes after the values:
///
/// ```text
/// DisabledByDefault : 1
/// Enabled           : 0
/// PSPath            : Microsoft.PowerShell.Core\Registry::HKEY_LOCAL_MACHINE\SYSTEM\…\TLS 1.2\Client
/// ```
pub fn ps_property(line: &str) -> Option<PsProperty> {
    let (name, value) = line.trim_end().split_once(" : ")?;
    let name = name.trim_end();
    let value = value.trim();
    if name.eq_ignore_ascii_case("PSPath") {
        let (_, key) = value.split_once("Registry::")?;
        return full_path(key).map(PsProperty::Key);
    }
    let flag = FLAGS.iter().find(|f| f.eq_ignore_ascii_case(name))?;
    Some(PsProperty::Flag(flag, ps_dword(value)?))
}

/// A line of [`ps_property`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PsProperty {
    /// A flag's name (as [`FLAGS`] spells it) and its value.
    Flag(&'static str, u64),
    /// The key the values above it were read from.
    Key(String),
}

/// `reg-query-value = 4SP name 4SP "REG_DWORD" 4SP "0x" hex`
///
/// ```text
///     Enabled    REG_DWORD    0x0
/// ```
///
/// A name may hold single spaces: it ends at the four before the type.
fn reg_query(line: &str) -> Option<Value<'_>> {
    // Four spaces apart as reg.exe prints them; a tab apart once a copy
    // has turned them into tabs.
    let at = line.find("    REG_DWORD").or_else(|| line.find("\tREG_DWORD"))?;
    let name = line[..at].trim();
    if !line.starts_with([' ', '\t']) || name.is_empty() {
        return None;
    }
    let (_, hex) = dword_data(&line[at..]).ok()?;
    Some(Value { key: None, name, data: u64::from_str_radix(hex, 16).ok() })
}

/// `dword-data = SP* "REG_DWORD" SP* "0x" 1*8HEXDIG`
fn dword_data(i: &str) -> IResult<&str, &str> {
    preceded(
        (space0, tag("REG_DWORD"), space1, tag_no_case("0x")),
        take_while_m_n(1, 8, |c: char| c.is_ascii_hexdigit()),
    )
    .parse(i)
}

/// `reg-export-value = DQUOTE name DQUOTE "=dword:" 8HEXDIG`
///
/// ```text
/// "SchUseStrongCrypto"=dword:00000001
/// ```
fn reg_export_value(i: &str) -> IResult<&str, Value<'_>> {
    let (i, (name, _, hex)) = (
        delimited(tag("\""), take_till1(|c| c == '"'), tag("\"")),
        tag_no_case("=dword:"),
        take_while_m_n(1, 8, |c: char| c.is_ascii_hexdigit()),
    )
        .parse(i)?;
    Ok((i, Value { key: None, name, data: u64::from_str_radix(hex, 16).ok() }))
}

/// `check-line = ("WRONG" / "MISSING") SP* path "\" name [" = " decimal] " (want " decimal ")"`
///
/// ```text
/// WRONG    HKLM:\SOFTWARE\Microsoft\.NETFramework\v4.0.30319\SchUseStrongCrypto = 0 (want 1)
/// MISSING  HKLM:\SOFTWARE\Microsoft\.NETFramework\v4.0.30319\SystemDefaultTlsVersions (want 1)
/// ```
fn check_line(i: &str) -> Option<Value<'_>> {
    let keyword: IResult<&str, (bool, &str)> =
        (alt((tag("WRONG").map(|_| true), tag("MISSING").map(|_| false))), space1).parse(i);
    let (text, (wrong, _)) = keyword.ok()?;
    let text = text.trim_end().strip_suffix(')').and_then(|t| t.rsplit_once(" (want "))?.0;
    let (path, data) = match (wrong, text.rsplit_once(" = ")) {
        (true, Some((path, value))) => (path, Some(ps_dword(value)?)),
        (false, None) => (text, None),
        _ => return None,
    };
    let (key, name) = path.rsplit_once('\\')?;
    Some(Value { key: Some(full_path(key)?), name, data })
}

/// A DWORD value line of any of the three forms.
pub fn value_line(line: &str) -> Option<Value<'_>> {
    let t = line.trim_end();
    match t.as_bytes().first()? {
        b' ' | b'\t' => reg_query(t),
        b'"' => reg_export_value(t).ok().filter(|(r, _)| r.is_empty()).map(|(_, v)| v),
        b'W' | b'M' => check_line(t),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_as_reg_query_and_reg_files_write_them() {
        let k = "HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client";
        assert_eq!(key_line(k).as_deref(), Some(k));
        assert_eq!(key_line(&format!("[{k}]")).as_deref(), Some(k));
        assert_eq!(
            key_line("[HKLM\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319]").as_deref(),
            Some("HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319")
        );
        assert_eq!(key_line("Enabled    REG_DWORD    0x0"), None);
        assert_eq!(key_line("[Section]"), None);
        assert_eq!(key_line("C:\\Windows\\system32"), None);
        // Not a character boundary five bytes in: no panic.
        assert_eq!(key_line("[?l\u{113c2}L?E\\x"), None);
    }

    #[test]
    fn dword_values_in_each_form() {
        let v = value_line("    Enabled    REG_DWORD    0x0").unwrap();
        assert_eq!((v.name, v.data), ("Enabled", Some(0)));
        let v = value_line("    DisabledByDefault    REG_DWORD    0xffffffff").unwrap();
        assert_eq!((v.name, v.data), ("DisabledByDefault", Some(0xffff_ffff)));
        let v = value_line("\tEnabled\tREG_DWORD\t0x0").unwrap();
        assert_eq!((v.name, v.data), ("Enabled", Some(0)));
        let v = value_line("\"SchUseStrongCrypto\"=dword:00000001").unwrap();
        assert_eq!((v.name, v.data), ("SchUseStrongCrypto", Some(1)));
        let v = value_line(
            "WRONG    HKLM:\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client\\Enabled = 0 (want 1)",
        )
        .unwrap();
        assert_eq!(v.name, "Enabled");
        assert_eq!(v.data, Some(0));
        assert_eq!(
            v.canonical(v.key.as_deref().unwrap()),
            "HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client\\Enabled = 0 (dword)"
        );
        let v =
            value_line("MISSING  HKLM:\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319\\SchUseStrongCrypto (want 1)")
                .unwrap();
        assert_eq!((v.name, v.data), ("SchUseStrongCrypto", None));
        assert_eq!(
            v.canonical(v.key.as_deref().unwrap()),
            "HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319\\SchUseStrongCrypto = (not set)"
        );
        let v = value_line("WRONG    HKLM:\\SYSTEM\\X\\TLS 1.2\\Client\\Enabled = -1 (want 1)").unwrap();
        assert_eq!(v.data, Some(0xffff_ffff));
        assert!(v.canonical("K").ends_with("Enabled = 1 (dword 0xffffffff)"));
        // Not values: strings, text, a script line cut short.
        for line in [
            "    Path    REG_SZ    C:\\Windows",
            "\"Name\"=\"text\"",
            "WRONG answer",
            "MISSING  HKLM:\\SOFTWARE\\X",
            "Mail Triage",
            "",
        ] {
            assert_eq!(value_line(line), None, "{line}");
        }
    }

    #[test]
    fn other_values_and_powershell_properties() {
        assert!(other_value("    InstallPath    REG_SZ    C:\\Windows\\Microsoft.NET\\Framework64\\v4.0.30319\\"));
        assert!(other_value("\"InstallPath\"=\"C:\\\\Windows\""));
        assert!(other_value("\"Enabled\"=-"));
        assert!(other_value("@=\"\""));
        assert!(!other_value("End of search: 2 match(es) found."));
        assert_eq!(ps_property("Enabled           : -1"), Some(PsProperty::Flag("Enabled", 0xffff_ffff)));
        assert_eq!(
            ps_property(
                "PSPath            : Microsoft.PowerShell.Core\\Registry::HKEY_LOCAL_MACHINE\\SYSTEM\\X\\TLS 1.2\\Client"
            ),
            Some(PsProperty::Key("HKEY_LOCAL_MACHINE\\SYSTEM\\X\\TLS 1.2\\Client".into()))
        );
        assert_eq!(ps_property("InstallPath : C:\\Windows"), None);
        assert_eq!(ps_property("Enabled : True"), None);
    }
}
