using System.Text.RegularExpressions;

namespace Modelplane.Cli.Store;

/// <summary>Hides passwords in store URLs and connection strings before they are printed.</summary>
internal static partial class SecretRedactor
{
    private const string Mask = "***";

    /// <summary><paramref name="store"/> with every password (<c>Password=…</c>, <c>Pwd=…</c>, <c>user:password@</c>) replaced by <c>***</c>.</summary>
    public static string Redact(string store)
    {
        var withoutKeywords = PasswordKeyword().Replace(store, m => $"{m.Groups["key"].Value}={Mask}");
        return UrlUserInfo().Replace(withoutKeywords, m => $"{m.Groups["scheme"].Value}{m.Groups["user"].Value}:{Mask}@");
    }

    [GeneratedRegex(@"(?<key>\b(?:password|pwd))\s*=\s*(?:""[^""]*""|'[^']*'|[^;]*)", RegexOptions.IgnoreCase)]
    private static partial Regex PasswordKeyword();

    [GeneratedRegex(@"(?<scheme>[a-z][a-z0-9+.-]*://)(?<user>[^:/@\s]*):[^@/\s]*@", RegexOptions.IgnoreCase)]
    private static partial Regex UrlUserInfo();
}
