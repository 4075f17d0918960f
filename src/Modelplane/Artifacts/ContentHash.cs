using System.Security.Cryptography;
using Modelplane.Errors;

namespace Modelplane.Artifacts;

/// <summary>SHA-256 content hashes as Modelplane writes them: 64 lower-case hex digits.</summary>
public static class ContentHash
{
    private const long SynchronousReadLimit = 1 << 20;

    /// <summary>The SHA-256 of the file at <paramref name="path"/>.</summary>
    public static async Task<string> OfFileAsync(string path, CancellationToken cancellationToken = default)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);

        // Reading a small file synchronously takes microseconds; an asynchronous read would cost two
        // thread-pool hops, which on a busy machine take longer than the read itself.
        var hash = stream.Length <= SynchronousReadLimit
            ? SHA256.HashData(stream)
            : await SHA256.HashDataAsync(stream, cancellationToken).ConfigureAwait(false);
        return Convert.ToHexStringLower(hash);
    }

    /// <summary>Whether <paramref name="hash"/> has the form of a stored content hash.</summary>
    public static bool IsValid(string? hash) =>
        hash is { Length: 64 } && hash.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');

    /// <summary>Throws a <see cref="ValidationException"/> unless <paramref name="hash"/> is a valid content hash; hashes become file names, so nothing else may pass.</summary>
    public static string Validate(string? hash) => IsValid(hash)
        ? hash!
        : throw new ValidationException($"'{hash}' is not a SHA-256 content hash (64 lower-case hex digits).");
}
