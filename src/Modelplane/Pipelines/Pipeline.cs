using System.Diagnostics;
using System.Text.Json;
using Modelplane.Models;
using Modelplane.Runs;

namespace Modelplane.Pipelines;

/// <summary>
/// A named pipeline: a model to work on, cache and hook settings, and a body that calls steps.
/// Configure it with the <c>With…</c>/<c>On…</c> methods (each returns a new pipeline), then run it
/// with <see cref="RunAsync"/>.
/// </summary>
/// <example>
/// <code>
/// var pipeline = new Pipeline("e2e_use_case_training")
///     .WithModel(new ModelSpec("breast_cancer_classifier"), VersionRequest.New)
///     .WithCache(enabled: !noCache)
///     .OnFailure(summary => alerter.PostAsync($"{summary.RunName} failed"))
///     .WithObserver(new ConsolePipelineObserver());
///
/// var summary = await pipeline.RunAsync(client, async run =>
/// {
///     var data  = await run.Step(new DataLoader(RandomState: 42));
///     var split = await run.Step(new TrainDataSplitter(data.Dataset, TestSize: 0.2));
///     ...
/// });
/// </code>
/// </example>
public sealed class Pipeline
{
    private readonly PipelineSettings settings;

    /// <summary>Creates a pipeline named <paramref name="name"/> (used in run names and to compare runs).</summary>
    /// <param name="name">Letters, digits, '_', '-' or '.'.</param>
    public Pipeline(string name)
        : this(new PipelineSettings(ValidName(name)))
    {
    }

    private Pipeline(PipelineSettings settings) => this.settings = settings;

    /// <summary>The pipeline's name.</summary>
    public string Name => settings.Name;

    /// <summary>
    /// Works on model <paramref name="model"/> (created on first use): outputs are linked to the
    /// version <paramref name="version"/> picks, resolved once when the run starts and pinned for it.
    /// </summary>
    /// <param name="model">The model's name and descriptive fields.</param>
    /// <param name="version">New (the default), a number, a name, a stage or latest.</param>
    public Pipeline WithModel(ModelSpec model, VersionRequest? version = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        return new(settings with { Model = model, Version = version ?? VersionRequest.New });
    }

    /// <summary>
    /// The pipeline's cache setting: <c>false</c> (the app's <c>--no-cache</c>) runs every step that
    /// does not opt in at its call site with <c>cache: true</c>. Without this call caching is on.
    /// </summary>
    /// <param name="enabled">Whether steps may be served from cache.</param>
    public Pipeline WithCache(bool enabled) => new(settings with { CacheEnabled = enabled });

    /// <summary>Records <paramref name="configuration"/> (serialised as JSON) on every run, so a run shows what it was asked to do.</summary>
    /// <param name="configuration">The effective configuration, such as the parsed train_config.yaml.</param>
    public Pipeline WithConfiguration(object configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return new(settings with { ConfigJson = JsonSerializer.Serialize(configuration, configuration.GetType()) });
    }

    /// <summary>Reports progress to <paramref name="observer"/> (several observers may be added).</summary>
    /// <param name="observer">For example <see cref="ConsolePipelineObserver"/>.</param>
    public Pipeline WithObserver(IPipelineObserver observer)
    {
        ArgumentNullException.ThrowIfNull(observer);
        return new(settings with { Observers = [.. settings.Observers, observer] });
    }

    /// <summary>Runs <paramref name="hook"/> after a successful run (completed or fully cached).</summary>
    /// <param name="hook">Gets the run's summary. If it throws, <see cref="RunAsync"/> throws its exception; the run stays recorded as successful.</param>
    public Pipeline OnSuccess(Func<PipelineRunSummary, Task> hook)
    {
        ArgumentNullException.ThrowIfNull(hook);
        return new(settings with { SuccessHooks = [.. settings.SuccessHooks, hook] });
    }

    /// <summary>Runs <paramref name="hook"/> after a successful run.</summary>
    /// <param name="hook">Gets the run's summary.</param>
    public Pipeline OnSuccess(Action<PipelineRunSummary> hook)
    {
        ArgumentNullException.ThrowIfNull(hook);
        return OnSuccess(summary =>
        {
            hook(summary);
            return Task.CompletedTask;
        });
    }

    /// <summary>Runs <paramref name="hook"/> after a failed run has been recorded, before <see cref="RunAsync"/> throws.</summary>
    /// <param name="hook">Gets the failed run's summary (failed step and error included).</param>
    public Pipeline OnFailure(Func<PipelineRunSummary, Task> hook)
    {
        ArgumentNullException.ThrowIfNull(hook);
        return new(settings with { FailureHooks = [.. settings.FailureHooks, hook] });
    }

    /// <summary>Runs <paramref name="hook"/> after a failed run has been recorded.</summary>
    /// <param name="hook">Gets the failed run's summary.</param>
    public Pipeline OnFailure(Action<PipelineRunSummary> hook)
    {
        ArgumentNullException.ThrowIfNull(hook);
        return OnFailure(summary =>
        {
            hook(summary);
            return Task.CompletedTask;
        });
    }

    /// <summary>
    /// Runs the pipeline: resolves and pins the model version, records a run, executes
    /// <paramref name="body"/> (which calls <see cref="PipelineRun.Step{TOutput}"/>), waits for every
    /// step it started, records the outcome and runs the hooks.
    /// </summary>
    /// <param name="client">The control plane to record into.</param>
    /// <param name="body">The pipeline body, reading top to bottom like ZenML's <c>@pipeline</c> function.</param>
    /// <param name="cancellationToken">Cancels the run; step bodies see it as <see cref="StepContext.CancellationToken"/>.</param>
    /// <returns>The run's summary: every step's status, duration and cache decision.</returns>
    /// <exception cref="PipelineFailedException">A step or the body failed; the run is recorded as failed and the failure hooks have run.</exception>
    /// <exception cref="Errors.NotFoundException">The requested model version (number, stage, latest) does not exist; nothing was recorded.</exception>
    public async Task<PipelineRunSummary> RunAsync(ModelplaneClient client, Func<PipelineRun, Task> body, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(body);
        await AbandonedRuns.RecoverAsync(client, cancellationToken).ConfigureAwait(false);
        var (modelVersion, createdVersion) = await ResolveModelVersionAsync(client, cancellationToken).ConfigureAwait(false);
        var stopwatch = Stopwatch.StartNew();
        PipelineRunRecord record;
        try
        {
            record = await client.MetadataStore.CreatePipelineRunAsync(
                new NewPipelineRun(RunNaming.For(Name, DateTimeOffset.UtcNow, Guid.NewGuid()), Name)
                {
                    ModelVersionId = modelVersion?.Id,
                    ConfigJson = settings.ConfigJson,
                },
                cancellationToken).ConfigureAwait(false);
        }
        catch when (createdVersion)
        {
            // Without a run there is nothing to fill the new version: do not leave it for "latest" to pick.
            await client.MetadataStore.DeleteModelVersionAsync(modelVersion!.Id, CancellationToken.None).ConfigureAwait(false);
            throw;
        }

        if (createdVersion)
        {
            // If this process is killed, the next run finds this note and deletes the version, as FailAsync would have.
            await AbandonedRuns.NoteCreatedVersionAsync(client.MetadataStore, record.Id, modelVersion!).ConfigureAwait(false);
        }

        var run = new PipelineRun(client, settings, record, modelVersion, cancellationToken);
        ObserverNotifier.Notify(settings.Observers, observer => observer.RunStarted(run));

        Exception? bodyError = null;
        try
        {
            await body(run).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            bodyError = exception;
        }

        await run.WaitForStartedStepsAsync().ConfigureAwait(false);
        var failure = run.Failure;
        if (failure is null && bodyError is not null)
        {
            failure = (null, bodyError);
        }

        if (failure is { } failed)
        {
            throw await FailAsync(client, run, record, createdVersion, failed.StepName, failed.Error, stopwatch.Elapsed).ConfigureAwait(false);
        }

        var steps = run.StepSummaries();
        var status = steps.Count > 0 && steps.All(s => s.IsCached) ? RunStatus.Cached : RunStatus.Completed;
        // Recording the outcome must not be cancelled half-way: the run did complete.
        await client.MetadataStore.FinishPipelineRunAsync(record.Id, status, cancellationToken: CancellationToken.None).ConfigureAwait(false);
        var summary = new PipelineRunSummary(record.Id, record.Name, Name, status, modelVersion, record.Started, stopwatch.Elapsed, steps);
        ObserverNotifier.Notify(settings.Observers, observer => observer.RunFinished(summary));

        foreach (var hook in settings.SuccessHooks)
        {
            await hook(summary).ConfigureAwait(false);
        }

        return summary;
    }

    private async Task<PipelineFailedException> FailAsync(
        ModelplaneClient client,
        PipelineRun run,
        PipelineRunRecord record,
        bool createdVersion,
        string? failedStep,
        Exception error,
        TimeSpan duration)
    {
        var cause = error is StepFailedException { InnerException: { } inner } ? inner : error;
        var store = client.MetadataStore;
        await store.FinishPipelineRunAsync(record.Id, RunStatus.Failed, cause.ToString(), CancellationToken.None).ConfigureAwait(false);

        // A version the run created for itself would be an empty or half-filled version that
        // "latest" would pick; delete it. The run, its step runs and the artifacts of the steps that
        // completed stay, for debugging and so the next run can be served from cache.
        if (createdVersion && run.ModelVersion is { } version)
        {
            await AbandonedRuns.DeleteCreatedVersionAsync(store, record.Id, version.Id, $"{version.ModelName} version {version.Number}", CancellationToken.None).ConfigureAwait(false);
        }

        var summary = new PipelineRunSummary(
            record.Id, record.Name, Name, RunStatus.Failed, run.ModelVersion, record.Started, duration, run.StepSummaries(),
            failedStep, cause, ModelVersionDeleted: createdVersion);
        ObserverNotifier.Notify(settings.Observers, observer => observer.RunFinished(summary));

        Exception? hookError = null;
        foreach (var hook in settings.FailureHooks)
        {
            try
            {
                await hook(summary).ConfigureAwait(false);
            }
            catch (Exception exception)
            {
                // The step's failure is what the caller must see; a broken alert hook is reported alongside it.
                hookError ??= exception;
            }
        }

        return new PipelineFailedException(summary, failedStep, cause, hookError);
    }

    private async Task<(ModelVersion? Version, bool Created)> ResolveModelVersionAsync(ModelplaneClient client, CancellationToken cancellationToken)
    {
        if (settings.Model is not { } model)
        {
            return (null, false);
        }

        return settings.Version.Selector switch
        {
            null => (await client.CreateVersionAsync(model, cancellationToken: cancellationToken).ConfigureAwait(false), true),
            { Kind: VersionSelectorKind.Name, Name: { } name } => (await client.GetOrCreateVersionAsync(model, name, cancellationToken).ConfigureAwait(false), false),
            var selector => (await client.GetVersionAsync(model.Name, selector, cancellationToken).ConfigureAwait(false), false),
        };
    }

    private static string ValidName(string name)
    {
        StepNaming.Validate(name, "Pipeline");
        return name;
    }
}
