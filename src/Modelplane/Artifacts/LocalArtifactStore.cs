using Modelplane.Errors;

namespace Modelplane.Artifacts;

/// <summary>
/// An artifact store in a local or shared folder. Files live at
/// <c>&lt;root&gt;/sha256/&lt;first 2 hex digits&gt;/&lt;64 hex digits&gt;</c>.
/// </summary>
public sealed class LocalArtifactStore : IArtifactStore
{
    private readonly string _stagingFolder;

    /// <summary>Opens (and creates if needed) the store in folder <paramref name="root"/>.</summary>
    /// <exception cref="ModelplaneException">The folder cannot be created or written to.</exception>
    public LocalArtifactStore(string root)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        Root = Path.GetFullPath(root);
        _stagingFolder = Path.Combine(Root, "staging");
        try
        {
            Directory.CreateDirectory(_stagingFolder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ModelplaneException(
                $"Cannot create the artifact folder '{_stagingFolder}': {e.Message} The artifact store '{Root}' must be a folder " +
                "this user can write to; fix its permissions or use another folder.",
                e);
        }
    }

    /// <summary>The store's folder.</summary>
    public string Root { get; }

    /// <inheritdoc />
    public string Location => Root;

    /// <inheritdoc />
    public string CreateStagingPath() => Path.Combine(_stagingFolder, $"{Guid.NewGuid():N}.tmp");

    /// <inheritdoc />
    public async Task<StoredContent> CommitAsync(string stagingPath, CancellationToken cancellationToken = default)
    {
        var staged = new FileInfo(stagingPath);
        if (!staged.Exists)
        {
            throw new NotFoundException($"Cannot store '{stagingPath}': the file does not exist. The materializer must write the value to the staging path it was given.");
        }

        var size = staged.Length;
        var hash = await ContentHash.OfFileAsync(stagingPath, cancellationToken).ConfigureAwait(false);
        var target = PathOf(hash);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);

        // Content saved before is common (a re-run step that produces the same bytes); checking first
        // spares the exception of a failed rename. The catch still covers a concurrent writer.
        if (File.Exists(target))
        {
            await KeepOrRepairAsync(stagingPath, target, hash, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            try
            {
                // The staging folder is inside the store, so this is a rename on one volume: readers
                // see either no file or the whole file, even if the process dies here.
                File.Move(stagingPath, target, overwrite: false);
            }
            catch (IOException) when (File.Exists(target))
            {
                await KeepOrRepairAsync(stagingPath, target, hash, cancellationToken).ConfigureAwait(false);
            }
        }

        // Stored content never changes; read-only makes an accidental edit less likely.
        File.SetAttributes(target, File.GetAttributes(target) | FileAttributes.ReadOnly);
        return new StoredContent(hash, size);
    }

    /// <inheritdoc />
    public Task<string> GetLocalPathAsync(string contentHash, CancellationToken cancellationToken = default)
    {
        var path = PathOf(contentHash);
        return File.Exists(path)
            ? Task.FromResult(path)
            : throw new NotFoundException($"The artifact store '{Root}' has no content {contentHash} (expected at '{path}'). The file was deleted or the store was moved; re-run the step that produced it.");
    }

    /// <inheritdoc />
    public Task<bool> ExistsAsync(string contentHash, CancellationToken cancellationToken = default) =>
        Task.FromResult(File.Exists(PathOf(contentHash)));

    /// <summary>Where content with <paramref name="contentHash"/> is (or would be) stored.</summary>
    public string PathOf(string contentHash)
    {
        ContentHash.Validate(contentHash);
        return Path.Combine(Root, "sha256", contentHash[..2], contentHash);
    }

    private static async Task KeepOrRepairAsync(string stagingPath, string target, string hash, CancellationToken cancellationToken)
    {
        if (await ContentHash.OfFileAsync(target, cancellationToken).ConfigureAwait(false) == hash)
        {
            // Identical content is already stored (perhaps by a concurrent writer): keep that copy.
            File.Delete(stagingPath);
        }
        else
        {
            // The stored copy was damaged; the fresh one repairs it, again by an atomic rename.
            File.SetAttributes(target, FileAttributes.Normal);
            File.Move(stagingPath, target, overwrite: true);
        }
    }
}
