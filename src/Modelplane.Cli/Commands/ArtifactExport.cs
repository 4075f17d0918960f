using Modelplane.Artifacts;
using Modelplane.Errors;

namespace Modelplane.Cli.Commands;

/// <summary>Copies an artifact file so that the destination either holds the verified content or does not change.</summary>
internal static class ArtifactExport
{
    /// <summary>
    /// Copies <paramref name="source"/> to a temporary file beside <paramref name="destination"/>,
    /// checks the copy's SHA-256 against the artifact's recorded hash, then moves it into place.
    /// </summary>
    public static async Task CopyVerifiedAsync(string source, string destination, ArtifactVersion artifact, CancellationToken cancellationToken)
    {
        var folder = Path.GetDirectoryName(destination)!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".{Path.GetFileName(destination)}.{Guid.NewGuid():N}.partial");
        try
        {
            await using (var from = File.OpenRead(source))
            await using (var to = File.Create(temporary))
            {
                await from.CopyToAsync(to, cancellationToken);
            }

            var copied = await ContentHash.OfFileAsync(temporary, cancellationToken);
            if (copied != artifact.ContentHash)
            {
                throw new ArtifactIntegrityException(artifact.Name, artifact.Version, temporary, artifact.ContentHash, copied);
            }

            File.Move(temporary, destination, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
