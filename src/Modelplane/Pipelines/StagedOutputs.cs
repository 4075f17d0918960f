using Modelplane.Artifacts;
using Modelplane.Runs;

namespace Modelplane.Pipelines;

/// <summary>
/// A step's outputs whose files are in the artifact store but whose artifact versions are not
/// recorded yet: what completing the step run records, and the handles to bind afterwards.
/// </summary>
internal sealed class StagedOutputs(
    IReadOnlyList<NewStepOutput> newOutputs,
    IReadOnlyList<(IArtifact Artifact, bool KeepValue)> newArtifacts,
    IReadOnlyDictionary<string, Guid> existingOutputs)
{
    /// <summary>The artifact versions to create, in the order of the pending outputs.</summary>
    public IReadOnlyList<NewStepOutput> NewOutputs { get; } = newOutputs;

    /// <summary>Outputs that are already stored (inputs passed through), by output name.</summary>
    public IReadOnlyDictionary<string, Guid> ExistingOutputs { get; } = existingOutputs;

    /// <summary>Binds each pending output to its created version and returns every output's artifact version id by output name.</summary>
    /// <param name="created">The versions the store created, in the order of <see cref="NewOutputs"/>.</param>
    /// <param name="client">The client the bound artifacts load through.</param>
    public IReadOnlyDictionary<string, Guid> Bind(IReadOnlyList<ArtifactVersion> created, ModelplaneClient client)
    {
        if (created.Count != NewOutputs.Count)
        {
            throw new InvalidOperationException($"The metadata store created {created.Count} artifact versions for {NewOutputs.Count} new outputs.");
        }

        var ids = new Dictionary<string, Guid>(ExistingOutputs, StringComparer.Ordinal);
        for (var i = 0; i < created.Count; i++)
        {
            newArtifacts[i].Artifact.Bind(created[i], client, newArtifacts[i].KeepValue);
            foreach (var name in NewOutputs[i].OutputNames)
            {
                ids[name] = created[i].Id;
            }
        }

        return ids;
    }
}
