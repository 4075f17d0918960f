namespace Modelplane.Errors;

/// <summary>A stored artifact file does not match the SHA-256 hash recorded when it was saved: it was changed or damaged on disk.</summary>
public class ArtifactIntegrityException : ModelplaneException
{
    /// <summary>Creates the exception for version <paramref name="artifactVersion"/> of artifact <paramref name="artifactName"/>.</summary>
    public ArtifactIntegrityException(string artifactName, int artifactVersion, string filePath, string expectedHash, string actualHash)
        : base($"Artifact '{artifactName}' version {artifactVersion} is corrupt: the file '{filePath}' has SHA-256 {actualHash}, " +
               $"but {expectedHash} was recorded when it was saved. Do not edit files in the artifact store; re-run the step that produced it to write it again.")
    {
        ArtifactName = artifactName;
        ArtifactVersion = artifactVersion;
        FilePath = filePath;
        ExpectedHash = expectedHash;
        ActualHash = actualHash;
    }

    /// <summary>The artifact's name.</summary>
    public string ArtifactName { get; }

    /// <summary>The artifact's version number.</summary>
    public int ArtifactVersion { get; }

    /// <summary>The file that failed verification.</summary>
    public string FilePath { get; }

    /// <summary>The hash recorded at save time.</summary>
    public string ExpectedHash { get; }

    /// <summary>The hash of the file as found.</summary>
    public string ActualHash { get; }
}
