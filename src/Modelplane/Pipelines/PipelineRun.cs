using System.Collections.Concurrent;
using Modelplane.Caching;
using Modelplane.Models;
using Modelplane.Runs;

namespace Modelplane.Pipelines;

/// <summary>
/// One run of a pipeline, as its body sees it: start steps with <see cref="Step{TOutput}"/>, look up
/// artifacts of model versions, read the run's name, id and pinned model version.
/// </summary>
/// <remarks>
/// Steps started without awaiting each other run concurrently, on the thread pool:
/// <code>
/// var searches = await Task.WhenAll(candidates.Select(c =>
///     run.Step(new HpTuningSingleSearch(split.Train, c), name: $"hp_tuning_search_{c.Name}")));
/// </code>
/// Once a step fails, steps started later are not run (their call throws <see cref="StepFailedException"/>);
/// steps already running finish, and the run ends as failed.
/// </remarks>
public sealed class PipelineRun
{
    private readonly PipelineSettings settings;
    private readonly ConcurrentDictionary<string, byte> stepNames = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Guid, string> producers = new();
    private readonly Lock gate = new();
    private readonly List<Task> startedSteps = [];
    private readonly List<StepRunSummary> summaries = [];
    private (string? StepName, Exception Error)? failure;

    internal PipelineRun(ModelplaneClient client, PipelineSettings settings, PipelineRunRecord record, ModelVersion? modelVersion, CancellationToken cancellationToken)
    {
        Client = client;
        this.settings = settings;
        Id = record.Id;
        Name = record.Name;
        ModelVersion = modelVersion;
        CancellationToken = cancellationToken;
        History = new RunHistory(client.MetadataStore, record.Id, settings.Name);
    }

    /// <summary>The run's id in the metadata store.</summary>
    public Guid Id { get; }

    /// <summary>The run's name, <c>&lt;pipeline&gt;_run_&lt;yyyy_MM_dd_HH_mm_ss&gt;_&lt;suffix&gt;</c>.</summary>
    public string Name { get; }

    /// <summary>The pipeline's name.</summary>
    public string PipelineName => settings.Name;

    /// <summary>The model version the run is pinned to (resolved once, at the start), or null without a model.</summary>
    public ModelVersion? ModelVersion { get; }

    /// <summary>The control plane the run records into.</summary>
    public ModelplaneClient Client { get; }

    /// <summary>Cancels the run.</summary>
    public CancellationToken CancellationToken { get; }

    internal bool? PipelineCacheSetting => settings.CacheEnabled;

    internal IReadOnlyList<IPipelineObserver> Observers => settings.Observers;

    internal RunHistory History { get; }

    internal (string? StepName, Exception Error)? Failure
    {
        get
        {
            lock (gate)
            {
                return failure;
            }
        }
    }

    /// <summary>
    /// Runs <paramref name="step"/> (or reuses an earlier run's outputs when its cache key matches)
    /// and returns its output record, whose artifacts the next steps take as inputs.
    /// </summary>
    /// <param name="step">The step, with its inputs and parameters.</param>
    /// <param name="name">The step's name in the pipeline; the type name in snake_case if null. Required when one step type is used twice.</param>
    /// <param name="cache">Overrides the step type's and the pipeline's cache setting for this call.</param>
    /// <exception cref="StepFailedException">The step failed, or was not started because another step had failed.</exception>
    public async Task<TOutput> Step<TOutput>(Step<TOutput> step, string? name = null, bool? cache = null)
        where TOutput : class =>
        (TOutput)(await Start(step, name, cache).ConfigureAwait(false))!;

    /// <summary>Runs <paramref name="step"/>, a step without outputs (or skips it on a cache hit).</summary>
    /// <param name="step">The step, with its inputs and parameters.</param>
    /// <param name="name">The step's name in the pipeline; the type name in snake_case if null.</param>
    /// <param name="cache">Overrides the step type's and the pipeline's cache setting for this call.</param>
    /// <exception cref="StepFailedException">The step failed, or was not started because another step had failed.</exception>
    public Task Step(Step step, string? name = null, bool? cache = null) => Start(step, name, cache);

    /// <summary>
    /// The newest artifact named <paramref name="name"/> linked to the run's model version, as a step
    /// input (its content hash takes part in the cache key).
    /// </summary>
    /// <param name="name">The artifact name.</param>
    public async Task<Artifact<T>> ModelArtifact<T>(string name)
    {
        var version = ModelVersion ?? throw new InvalidOperationException(
            $"Pipeline '{PipelineName}' has no model, so it has no artifact '{name}' to look up. Configure one with Pipeline.WithModel.");
        var artifact = await Client.GetLinkedArtifactAsync(version, name, CancellationToken).ConfigureAwait(false);
        return new Artifact<T>(artifact, Client);
    }

    /// <summary>
    /// The newest artifact named <paramref name="name"/> linked to another version of the run's model,
    /// such as <c>run.ArtifactOf&lt;ITransformer&gt;(VersionRequest.Stage(Stage.Production), "model")</c>.
    /// </summary>
    /// <param name="version">Which version: a number, name, stage or latest (not new).</param>
    /// <param name="name">The artifact name.</param>
    public async Task<Artifact<T>> ArtifactOf<T>(VersionRequest version, string name)
    {
        ArgumentNullException.ThrowIfNull(version);
        var model = settings.Model ?? throw new InvalidOperationException(
            $"Pipeline '{PipelineName}' has no model, so it cannot look up artifact '{name}' of version '{version}'. Configure one with Pipeline.WithModel.");
        var selector = version.Selector ?? throw new ArgumentException(
            $"Artifact '{name}' cannot be looked up in a new version of model '{model.Name}'; ask for a number, name, stage or latest.", nameof(version));
        var modelVersion = await Client.GetVersionAsync(model.Name, selector, CancellationToken).ConfigureAwait(false);
        var artifact = await Client.GetLinkedArtifactAsync(modelVersion, name, CancellationToken).ConfigureAwait(false);
        return new Artifact<T>(artifact, Client);
    }

    internal void RecordProducer(Guid artifactVersionId, string stepName) => producers.TryAdd(artifactVersionId, stepName);

    internal string? ProducerOf(Guid artifactVersionId) => producers.GetValueOrDefault(artifactVersionId);

    internal void RecordStepFinished(StepRunSummary summary)
    {
        lock (gate)
        {
            summaries.Add(summary);
            if (summary.Status == RunStatus.Failed && failure is null)
            {
                failure = (summary.Name, summary.Error!);
            }
        }

        ObserverNotifier.Notify(Observers, observer => observer.StepFinished(summary));
    }

    internal IReadOnlyList<StepRunSummary> StepSummaries()
    {
        lock (gate)
        {
            return [.. summaries];
        }
    }

    internal async Task WaitForStartedStepsAsync()
    {
        while (true)
        {
            Task[] pending;
            lock (gate)
            {
                pending = [.. startedSteps.Where(t => !t.IsCompleted)];
            }

            if (pending.Length == 0)
            {
                return;
            }

            try
            {
                await Task.WhenAll(pending).ConfigureAwait(false);
            }
            catch (Exception)
            {
                // Each step's failure is already recorded in its summary; here we only wait.
            }
        }
    }

    private Task<object?> Start(PipelineStep step, string? name, bool? cache)
    {
        ArgumentNullException.ThrowIfNull(step);
        var descriptor = StepDescriptor.Of(step.GetType());
        var stepName = name ?? descriptor.DefaultName;
        StepNaming.Validate(stepName);
        if (!stepNames.TryAdd(stepName, 0))
        {
            throw new ArgumentException(
                $"Pipeline '{PipelineName}' already has a step named '{stepName}'. Give each call of {step.GetType().Name} its own name: run.Step(step, name: \"...\").",
                nameof(name));
        }

        // The execution starts outside the lock: its synchronous start may record a finished step.
        var task = Failure is { } failed
            ? Task.FromException<object?>(new StepFailedException(stepName, $"Step '{stepName}' was not started because {(failed.StepName is null ? "the pipeline" : $"step '{failed.StepName}'")} failed."))
            : new StepExecution(this, step, descriptor, stepName, cache).RunAsync();
        lock (gate)
        {
            startedSteps.Add(task);
        }

        return task;
    }
}
