using Modelplane.Models;

namespace Modelplane.Errors;

/// <summary>
/// A version was moved into <see cref="Stage.Staging"/> or <see cref="Stage.Production"/> while
/// another version of the same model holds it, and the move was not forced.
/// </summary>
public class StageConflictException : ModelplaneException
{
    /// <summary>Creates the exception for a move of <paramref name="requestedVersion"/> into a stage held by <paramref name="holderVersion"/>.</summary>
    public StageConflictException(string modelName, Stage stage, string holderVersion, string requestedVersion)
        : base($"Model '{modelName}' already has version {holderVersion} in stage '{Stages.ToText(stage)}'; " +
               $"version {requestedVersion} was not moved. Use force to move it anyway: version {holderVersion} will then be archived.")
    {
        ModelName = modelName;
        Stage = stage;
        HolderVersion = holderVersion;
        RequestedVersion = requestedVersion;
    }

    /// <summary>The model whose stage is held.</summary>
    public string ModelName { get; }

    /// <summary>The stage that is held.</summary>
    public Stage Stage { get; }

    /// <summary>The version holding the stage (its name, or its number when it has no name).</summary>
    public string HolderVersion { get; }

    /// <summary>The version that was to be moved.</summary>
    public string RequestedVersion { get; }
}
