namespace Modelplane.Artifacts;

/// <summary>A file committed to an artifact store.</summary>
/// <param name="ContentHash">Its SHA-256, 64 lower-case hex digits; also its address in the store.</param>
/// <param name="Size">Its size in bytes.</param>
public sealed record StoredContent(string ContentHash, long Size);
