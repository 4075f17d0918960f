using Modelplane.Artifacts;
using Modelplane.Metadata;
using Modelplane.Runs;

namespace Modelplane.Pipelines;

/// <summary>
/// Saves a step's outputs once its body has returned: checks the output record, writes every value
/// to a staging file and commits the files. The artifact versions are recorded afterwards, with the
/// step run's completion in one transaction, so a value that cannot be saved leaves no artifact
/// version of that step behind.
/// </summary>
internal static class OutputWriter
{
    /// <summary>Stores the pending outputs' files and returns what completing the step run records.</summary>
    public static async Task<StagedOutputs> StageAsync(
        ModelplaneClient client,
        StepContext context,
        OutputDescriptor? descriptor,
        object? output,
        CancellationToken cancellationToken)
    {
        var slots = ReadSlots(context, descriptor, output);
        var pending = context.PendingOutputs();
        var staged = new List<StagedOutput>(pending.Count);
        try
        {
            foreach (var artifact in pending)
            {
                var value = artifact.Pending!;
                var materializer = PickMaterializer(client.Materializers, value);
                var path = client.ArtifactStore.CreateStagingPath();
                staged.Add(new StagedOutput(artifact, materializer, path));
                materializer.Save(value.Value, path);
            }

            foreach (var staging in staged)
            {
                staging.Content = await client.ArtifactStore.CommitAsync(staging.StagingPath, cancellationToken).ConfigureAwait(false);
            }
        }
        catch
        {
            foreach (var staging in staged.Where(s => s.Content is null))
            {
                File.Delete(staging.StagingPath);
            }

            throw;
        }

        var existing = new Dictionary<string, Guid>(StringComparer.Ordinal);
        foreach (var (name, artifact) in slots.Where(s => s.Artifact.Pending is null))
        {
            existing[name] = artifact.StoredVersion!.Id;
        }

        var taken = new HashSet<string>(slots.Select(s => s.Name), StringComparer.Ordinal);
        var newOutputs = new List<NewStepOutput>(staged.Count);
        foreach (var staging in staged)
        {
            var names = slots.Where(s => ReferenceEquals(s.Artifact, staging.Artifact)).Select(s => s.Name).ToList();
            if (names.Count == 0)
            {
                // Outputs the body declared but did not put in its record are kept under their artifact name.
                var name = taken.Contains(staging.Artifact.Name) ? $"artifact:{staging.Artifact.Name}" : staging.Artifact.Name;
                taken.Add(name);
                names.Add(name);
            }

            newOutputs.Add(new NewStepOutput(names, NewVersion(staging)));
        }

        return new StagedOutputs(newOutputs, staged.Select(s => (s.Artifact, s.Materializer.ReusesSavedValue)).ToList(), existing);
    }

    /// <summary>The materializer for the declared type (the one in the cache key) if it can save the actual value, else the one for the value's own type.</summary>
    public static IMaterializer PickMaterializer(MaterializerRegistry registry, PendingOutput output)
    {
        var declared = registry.For(output.DeclaredType);
        return declared.CanHandle(output.Value.GetType()) ? declared : registry.For(output.Value.GetType());
    }

    private static NewArtifactVersion NewVersion(StagedOutput staging)
    {
        var value = staging.Artifact.Pending!;
        var metadata = AutomaticMetadata.For(staging.Materializer, value.Value, staging.Content!);
        foreach (var (key, metadataValue) in value.Metadata)
        {
            metadata[key] = metadataValue;
        }

        return new NewArtifactVersion(
            staging.Artifact.Name,
            value.Kind ?? staging.Materializer.DefaultKind,
            staging.Materializer.Id,
            ArtifactTypeName.Of(value.Value.GetType()),
            staging.Content!.ContentHash,
            staging.Content.Size)
        {
            Metadata = metadata,
        };
    }

    private static List<(string Name, IArtifact Artifact)> ReadSlots(StepContext context, OutputDescriptor? descriptor, object? output)
    {
        var slots = new List<(string, IArtifact)>();
        if (descriptor is null)
        {
            return slots;
        }

        if (output is null)
        {
            throw new InvalidOperationException($"Step '{context.StepName}' returned null; return a {descriptor.OutputType.Name} record built from context.Output(...).");
        }

        foreach (var (name, artifact) in descriptor.Read(output))
        {
            if (artifact is null)
            {
                throw new InvalidOperationException(
                    $"Step '{context.StepName}' returned a {descriptor.OutputType.Name} whose '{name}' is null; set it to context.Output(\"<artifact name>\", value) or to an input artifact.");
            }

            if (artifact.Pending is not null && artifact.PendingOwner != context)
            {
                throw new InvalidOperationException(
                    $"Step '{context.StepName}' returned output '{name}' created by another step's context; create outputs with this step's context.");
            }

            slots.Add((name, artifact));
        }

        return slots;
    }

    private sealed class StagedOutput(IArtifact artifact, IMaterializer materializer, string stagingPath)
    {
        public IArtifact Artifact { get; } = artifact;

        public IMaterializer Materializer { get; } = materializer;

        public string StagingPath { get; } = stagingPath;

        public StoredContent? Content { get; set; }
    }
}
