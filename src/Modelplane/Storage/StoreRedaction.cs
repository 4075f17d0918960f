using System.Text.RegularExpressions;

namespace Modelplane.Storage;

/// <summary>
/// Removes credentials from store URLs, connection strings and messages that quote them, so they can
/// be logged and shown in exceptions: <c>Password=…</c> and other secret-bearing keys, the password
/// of <c>user:password@host</c>, and secret query parameters (<c>X-Amz-Signature</c>, <c>token</c>).
/// </summary>
/// <example>
/// <c>StoreRedaction.Redact("postgres://ml:s3cret@db/models")</c> is <c>postgres://ml:***@db/models</c>;
/// <c>StoreRedaction.Redact("Host=db;Password=s3cret")</c> is <c>Host=db;Password=***</c>.
/// </example>
public static partial class StoreRedaction
{
    /// <summary>What a removed secret is replaced with.</summary>
    public const string Mask = "***";

    /// <summary>
    /// <paramref name="text"/> with every recognisable secret replaced by <see cref="Mask"/>.
    /// Use it on every message that mentions a store location.
    /// </summary>
    public static string Redact(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? "";
        }

        var redacted = UrlPassword().Replace(text, match => $"{match.Groups["prefix"].Value}{Mask}@");
        return SecretSetting().Replace(redacted, match => $"{match.Groups["key"].Value}{match.Groups["separator"].Value}{Mask}");
    }

    // scheme://user:password@host — the password may contain anything but '@', '/' and white space.
    [GeneratedRegex(@"(?<prefix>[A-Za-z][A-Za-z0-9+.\-]*://[^/@\s:]*:)[^@/\s]+@")]
    private static partial Regex UrlPassword();

    // key=value in connection strings (';'-separated) and URL queries ('&'-separated); quoted values
    // in connection strings may contain ';'.
    [GeneratedRegex(
        @"(?<key>\b(?:password|pwd|passwd|secret|secret[ _]?key|secret[ _]?access[ _]?key|aws_secret_access_key|session[ _]?token|security[ _]?token|x-amz-security-token|x-amz-signature|x-amz-credential|token|api[ _]?key|sig|signature|sas)\b)(?<separator>\s*[=:]\s*)(?:""[^""]*""|'[^']*'|[^;&\s,]*)",
        RegexOptions.IgnoreCase)]
    private static partial Regex SecretSetting();
}
