<#
.SYNOPSIS
  Mail Triage: read-only check of the TLS 1.2 settings Exchange needs.
.DESCRIPTION
  Reads the SCHANNEL TLS 1.2 Client/Server keys and the .NET Framework
  SystemDefaultTlsVersions / SchUseStrongCrypto values, and prints every value
  that differs from what enables TLS 1.2. Changes nothing.
  A missing SCHANNEL value counts as the Windows default: enabled from
  Windows Server 2012 / Windows 8 (NT 6.2) on, disabled before (Windows Server
  2008 R2, where Exchange 2010 runs, needs the keys). A missing .NET value
  counts as not set. Run it in 64-bit PowerShell: a 32-bit one would read the
  Wow6432Node keys in place of the 64-bit ones. The values are flags:
  any non-zero value is on (Enabled = 0xffffffff, which PowerShell reads as
  -1, enables TLS 1.2 as 1 does).
.NOTES
  Sources: https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/send-receive-emails-socketerror
           https://learn.microsoft.com/en-us/Exchange/exchange-tls-configuration
           https://learn.microsoft.com/en-us/windows-server/security/tls/tls-registry-settings
#>
$ErrorActionPreference = 'Stop'
if ([Environment]::Is64BitOperatingSystem -and -not [Environment]::Is64BitProcess) {
  Write-Output 'Run this in 64-bit PowerShell: a 32-bit one reads the Wow6432Node keys in place of the 64-bit ones.'
  exit 1
}
# TLS 1.2 is on by default from Windows Server 2012 / Windows 8 (6.2) on.
$defaultOn = [Environment]::OSVersion.Version -ge [version]'6.2'
$schannel = 'HKLM:\SYSTEM\CurrentControlSet\Control\SecurityProviders\SCHANNEL\Protocols\TLS 1.2'
$expected = @(
  @{ Path = "$schannel\Client"; Name = 'Enabled';           Want = 1; MissingOk = $defaultOn }
  @{ Path = "$schannel\Client"; Name = 'DisabledByDefault'; Want = 0; MissingOk = $defaultOn }
  @{ Path = "$schannel\Server"; Name = 'Enabled';           Want = 1; MissingOk = $defaultOn }
  @{ Path = "$schannel\Server"; Name = 'DisabledByDefault'; Want = 0; MissingOk = $defaultOn }
)
foreach ($net in 'HKLM:\SOFTWARE\Microsoft\.NETFramework\v4.0.30319',
                 'HKLM:\SOFTWARE\Wow6432Node\Microsoft\.NETFramework\v4.0.30319',
                 'HKLM:\SOFTWARE\Microsoft\.NETFramework\v2.0.50727',
                 'HKLM:\SOFTWARE\Wow6432Node\Microsoft\.NETFramework\v2.0.50727') {
  $expected += @{ Path = $net; Name = 'SystemDefaultTlsVersions'; Want = 1; MissingOk = $false }
  $expected += @{ Path = $net; Name = 'SchUseStrongCrypto';       Want = 1; MissingOk = $false }
}
$wrong = 0
foreach ($e in $expected) {
  $value = $null
  if (Test-Path -LiteralPath $e.Path) {
    $item = Get-ItemProperty -LiteralPath $e.Path -Name $e.Name -ErrorAction SilentlyContinue
    if ($item) { $value = $item.($e.Name) }
  }
  if ($null -eq $value) {
    if (-not $e.MissingOk) { $wrong++; Write-Output ("MISSING  {0}\{1} (want {2})" -f $e.Path, $e.Name, $e.Want) }
  } elseif (($value -ne 0) -ne ($e.Want -ne 0)) {
    $wrong++; Write-Output ("WRONG    {0}\{1} = {2} (want {3})" -f $e.Path, $e.Name, $value, $e.Want)
  }
}
if ($wrong -eq 0) { Write-Output 'OK: TLS 1.2 is enabled for SCHANNEL and .NET.' }
else { Write-Output ("{0} value(s) need changing; import enable-tls12.reg and restart the server." -f $wrong) }
