using System.Diagnostics;
using System.Reflection;
using Modelplane.Artifacts;
using Modelplane.Caching;
using Modelplane.Errors;
using Modelplane.Metadata;
using Modelplane.Runs;

namespace Modelplane.Pipelines;

/// <summary>
/// One call of <c>run.Step(...)</c>: reads the step's inputs and parameters, computes its cache key,
/// then either records a cached step run that reuses earlier outputs, or records a running step run,
/// runs the body on the thread pool (inputs load when the body first reads them), saves the outputs and marks it completed.
/// </summary>
internal sealed class StepExecution(PipelineRun run, PipelineStep step, StepDescriptor descriptor, string name, bool? cacheSetting)
{
    /// <summary>Step-run metadata keys under which model-version metadata is kept, so a cache hit can log it on the new version too.</summary>
    private const string ModelMetadataPrefix = "modelplane.model_metadata.";

    private readonly Stopwatch stopwatch = new();
    private readonly CancellationToken cancellationToken = run.CancellationToken;
    private Guid stepRunId;
    private CacheDecision? decision;

    public async Task<object?> RunAsync()
    {
        ObserverNotifier.Notify(run.Observers, observer => observer.StepStarted(name));

        stopwatch.Start();
        try
        {
            var inputs = descriptor.ReadInputs(step, name);
            var inputVersions = inputs.Select(i => new KeyValuePair<string, ArtifactVersion>(i.Key, StoredVersionOf(i.Key, i.Value))).ToList();
            var upstream = inputVersions.Select(i => run.ProducerOf(i.Value.Id)).OfType<string>().Distinct().ToList();
            var key = BuildKey(inputVersions);
            var disabledReason = CacheSetting.DisabledReason(cacheSetting, descriptor.CacheDisabledByAttribute, descriptor.StepType.Name, run.PipelineCacheSetting);
            var requiredOutputs = descriptor.Output?.Slots.Select(s => s.Name).ToList() ?? [];
            (decision, var hit) = await CacheLookup.DecideAsync(run.Client, key, disabledReason, requiredOutputs, run.History, cancellationToken).ConfigureAwait(false);
            var stepRun = new NewStepRun(run.Id, name)
            {
                CacheKey = key.Value,
                UpstreamSteps = upstream,
                Inputs = inputVersions.ToDictionary(i => i.Key, i => i.Value.Id, StringComparer.Ordinal),
            };
            return hit is null
                ? await ExecuteAsync(stepRun, inputs.Select(i => i.Value).ToList(), key).ConfigureAwait(false)
                : await ReuseAsync(stepRun, hit).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            await RecordFailureAsync(exception).ConfigureAwait(false);
            throw new StepFailedException(name, $"Step '{name}' failed: {exception.Message}", exception);
        }
    }

    private async Task<object?> ExecuteAsync(NewStepRun stepRun, IReadOnlyList<IArtifact> inputs, StepCacheKey key)
    {
        var store = run.Client.MetadataStore;
        stepRunId = (await store.CreateStepRunAsync(stepRun, cancellationToken).ConfigureAwait(false)).Id;
        var context = new StepContext(run, name, stepRunId);
        try
        {
            // The thread pool lets CPU-bound steps started together really run in parallel.
            var output = await Task.Run(() => step.ExecuteAsync(context), cancellationToken).ConfigureAwait(false);

            var staged = await OutputWriter.StageAsync(run.Client, context, descriptor.Output, output, cancellationToken).ConfigureAwait(false);
            var modelMetadata = context.ModelMetadata();
            var stepMetadata = new Dictionary<string, MetadataValue>(context.StepMetadata(), StringComparer.Ordinal)
            {
                [RunHistory.CacheKeyMetadataKey] = MetadataValue.JsonText(key.ToJson()),
                [StepCache.DecisionMetadataKey] = decision!.Reason,
            };
            foreach (var (metadataKey, value) in modelMetadata)
            {
                stepMetadata[ModelMetadataPrefix + metadataKey] = value;
            }

            // One transaction: the step run is never completed without its outputs, links and metadata.
            var created = await store.CompleteStepRunAsync(
                new StepRunCompletion(stepRunId)
                {
                    NewOutputs = staged.NewOutputs,
                    ExistingOutputs = staged.ExistingOutputs,
                    ModelVersionId = run.ModelVersion?.Id,
                    StepRunMetadata = stepMetadata,
                    ModelVersionMetadata = modelMetadata,
                },
                cancellationToken).ConfigureAwait(false);
            var outputs = staged.Bind(created, run.Client);
            RecordProducer(outputs.Values);
            Finish(RunStatus.Completed, outputs);
            return output;
        }
        catch when (context.StepMetadata().Count > 0)
        {
            // What the step logged before failing helps to debug it; a failure to write it must not hide the step's error.
            try
            {
                await store.SetMetadataAsync(MetadataTarget.ForStepRun(stepRunId), context.StepMetadata(), CancellationToken.None).ConfigureAwait(false);
            }
            catch (ModelplaneException)
            {
            }

            throw;
        }
    }

    private async Task<object?> ReuseAsync(NewStepRun stepRun, CachedStepRun hit)
    {
        var store = run.Client.MetadataStore;
        var outputIds = hit.Outputs.ToDictionary(o => o.Key, o => o.Value.Id, StringComparer.Ordinal);
        var modelMetadata = hit.Metadata
            .Where(m => m.Key.StartsWith(ModelMetadataPrefix, StringComparison.Ordinal))
            .ToDictionary(m => m.Key[ModelMetadataPrefix.Length..], m => m.Value, StringComparer.Ordinal);
        stepRunId = (await store.CreateCachedStepRunAsync(
            stepRun with { Status = RunStatus.Cached, OriginalStepRunId = hit.StepRun.Id, Outputs = outputIds },
            run.ModelVersion?.Id,
            run.ModelVersion is null ? null : modelMetadata,
            cancellationToken).ConfigureAwait(false)).Id;
        RecordProducer(outputIds.Values);

        var output = descriptor.Output?.Rebuild(descriptor.Output.Slots.ToDictionary(
            slot => slot.Name,
            slot => CreateArtifact(slot.ValueType, hit.Outputs[slot.Name]),
            StringComparer.Ordinal));
        Finish(RunStatus.Cached, outputIds);
        return output;
    }

    private StepCacheKey BuildKey(IReadOnlyList<KeyValuePair<string, ArtifactVersion>> inputs)
    {
        var outputs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var slot in descriptor.Output?.Slots ?? [])
        {
            outputs[slot.Name] = MaterializerIdFor(slot.ValueType);
        }

        return new StepCacheKey(
            name,
            descriptor.CodeVersion,
            descriptor.ReadParametersJson(step, name),
            inputs.ToDictionary(i => i.Key, i => i.Value.ContentHash, StringComparer.Ordinal),
            outputs);
    }

    private string MaterializerIdFor(Type type)
    {
        try
        {
            return run.Client.Materializers.For(type).Id;
        }
        catch (NotFoundException)
        {
            // The value's runtime type may still have a materializer; saving will tell.
            return "none:" + type.FullName;
        }
    }

    private ArtifactVersion StoredVersionOf(string inputName, IArtifact artifact) => artifact.StoredVersion
        ?? throw new InvalidOperationException(
            $"Input '{inputName}' of step '{name}' is artifact '{artifact.Name}', which is not saved yet. Pass outputs of steps that have finished (await run.Step(...)) or artifacts looked up from a model version.");

    private void RecordProducer(IEnumerable<Guid> outputIds)
    {
        foreach (var artifactId in outputIds)
        {
            run.RecordProducer(artifactId, name);
        }
    }

    private IArtifact CreateArtifact(Type valueType, ArtifactVersion version) =>
        (IArtifact)Activator.CreateInstance(
            typeof(Artifact<>).MakeGenericType(valueType),
            BindingFlags.NonPublic | BindingFlags.Instance,
            binder: null,
            args: [version, run.Client],
            culture: null)!;

    private async Task RecordFailureAsync(Exception exception)
    {
        var store = run.Client.MetadataStore;
        try
        {
            if (stepRunId == Guid.Empty)
            {
                stepRunId = (await store.CreateStepRunAsync(new NewStepRun(run.Id, name), CancellationToken.None).ConfigureAwait(false)).Id;
            }

            await store.FinishStepRunAsync(stepRunId, RunStatus.Failed, exception.ToString(), CancellationToken.None).ConfigureAwait(false);
        }
        finally
        {
            Finish(RunStatus.Failed, new Dictionary<string, Guid>(), exception);
        }
    }

    private void Finish(RunStatus status, IReadOnlyDictionary<string, Guid> outputs, Exception? error = null)
    {
        stopwatch.Stop();
        var cache = decision ?? new CacheDecision(CacheOutcome.Miss, "not decided: the step failed before its cache key was computed", null);
        run.RecordStepFinished(new StepRunSummary(name, stepRunId, status, stopwatch.Elapsed, cache, outputs, error));
    }
}
