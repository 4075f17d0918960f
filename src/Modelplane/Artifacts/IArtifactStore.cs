namespace Modelplane.Artifacts;

/// <summary>
/// Where artifact files live, addressed by the SHA-256 of their content: identical content is
/// stored once, and a stored file never changes. The local implementation is
/// <see cref="LocalArtifactStore"/>; remote ones (S3) keep a local copy for reading.
/// </summary>
/// <remarks>
/// Writing is two-phase so a crash never leaves a half-written file visible: a materializer writes
/// to <see cref="CreateStagingPath"/>, then <see cref="CommitAsync"/> hashes it and moves it into place.
/// </remarks>
public interface IArtifactStore
{
    /// <summary>Where the store is, for messages (a folder path or URL).</summary>
    string Location { get; }

    /// <summary>A new, unused local file path for a materializer to write to; the file does not exist yet.</summary>
    string CreateStagingPath();

    /// <summary>
    /// Hashes the file at <paramref name="stagingPath"/> and stores it under its hash. The staging
    /// file is consumed (moved or deleted). Committing content that is already stored keeps the stored copy.
    /// </summary>
    Task<StoredContent> CommitAsync(string stagingPath, CancellationToken cancellationToken = default);

    /// <summary>
    /// A local path from which the content with <paramref name="contentHash"/> can be read. The
    /// caller verifies the hash. Throws <see cref="Errors.NotFoundException"/> if the content is not stored.
    /// </summary>
    Task<string> GetLocalPathAsync(string contentHash, CancellationToken cancellationToken = default);

    /// <summary>Whether content with <paramref name="contentHash"/> is stored (used to decide if a cached step's outputs still exist).</summary>
    Task<bool> ExistsAsync(string contentHash, CancellationToken cancellationToken = default);
}
