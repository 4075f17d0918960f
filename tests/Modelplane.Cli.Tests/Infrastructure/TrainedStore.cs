using Modelplane.Artifacts;
using Modelplane.Metadata;
using Modelplane.Models;
using Modelplane.Runs;

namespace Modelplane.Cli.Tests.Infrastructure;

/// <summary>
/// A project folder whose <c>.modelplane</c> store holds what three training runs leave behind:
/// model <see cref="ModelName"/> with versions 1-3, version 1 in production and version 2 in staging
/// (so a stage history of three moves), data, model and deployment artifacts linked to each version,
/// and one pipeline run per version whose second and third runs reuse the data loader's output from
/// cache. Each test gets its own copy, so tests may change it.
/// </summary>
public sealed class TrainedStore : IAsyncDisposable
{
    public const string ModelName = "churn";
    public const string TrainingPipeline = "churn_training";
    public const string DatasetArtifact = "dataset_trn";
    public const string ModelArtifact = "model";
    public const string DeploymentArtifact = "deployment_info";
    public const string DatasetContent = "age,income,label\n31,52000,1\n45,61000,0\n";

    private readonly TemporaryFolder _folder = new();

    private TrainedStore()
    {
    }

    /// <summary>The project folder (the store is its .modelplane subfolder).</summary>
    public string ProjectFolder => _folder.Path;

    public string StoreFolder => System.IO.Path.Combine(ProjectFolder, ModelplaneClient.DefaultStoreFolder);

    public IReadOnlyList<ModelVersion> Versions { get; private set; } = [];

    public IReadOnlyList<PipelineRunRecord> Runs { get; private set; } = [];

    public ArtifactVersion Dataset { get; private set; } = null!;

    public static async Task<TrainedStore> CreateAsync()
    {
        var store = new TrainedStore();
        await store.PopulateAsync();
        return store;
    }

    public Task<ModelplaneClient> OpenAsync() => ModelplaneClient.CreateBuilder(StoreFolder).UseActor("ci-bot").BuildAsync();

    /// <summary>Runs the command line in the project folder, where store discovery finds the store.</summary>
    public Task<CliResult> RunAsync(params string[] args) => CliRunner.RunAsync(ProjectFolder, null, args);

    public ValueTask DisposeAsync()
    {
        _folder.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task PopulateAsync()
    {
        await using var client = await OpenAsync();
        var spec = new ModelSpec(ModelName) { Description = "Predicts customer churn.", License = "MIT", Tags = ["tabular"] };
        var versions = new List<ModelVersion>();
        var runs = new List<PipelineRunRecord>();
        StepRunRecord? firstLoader = null;
        for (var run = 1; run <= 3; run++)
        {
            var version = await client.CreateVersionAsync(spec, new NewModelVersion { Description = $"Trained by run {run}.", Tags = run == 3 ? ["candidate"] : [] });
            var pipelineRun = await client.MetadataStore.CreatePipelineRunAsync(new NewPipelineRun($"{TrainingPipeline}_run_{run}", TrainingPipeline) { ModelVersionId = version.Id });

            StepRunRecord loader;
            if (firstLoader is null)
            {
                loader = await client.MetadataStore.CreateStepRunAsync(new NewStepRun(pipelineRun.Id, "data_loader") { CacheKey = "data_loader-key" });
                Dataset = await client.SaveArtifactAsync(DatasetArtifact, DatasetContent, new ArtifactSaveOptions
                {
                    Kind = ArtifactKind.Data,
                    ProducerStepRunId = loader.Id,
                    LinkToModelVersionId = version.Id,
                    Metadata = new Dictionary<string, MetadataValue> { ["rows"] = 2L },
                });
                await client.MetadataStore.RecordStepOutputAsync(loader.Id, DatasetArtifact, Dataset.Id);
                loader = await client.MetadataStore.FinishStepRunAsync(loader.Id, RunStatus.Completed);
                firstLoader = loader;
            }
            else
            {
                // A cache hit: the earlier output is reused and linked to this run's version too.
                loader = await client.MetadataStore.CreateStepRunAsync(new NewStepRun(pipelineRun.Id, "data_loader")
                {
                    Status = RunStatus.Cached,
                    CacheKey = "data_loader-key",
                    OriginalStepRunId = firstLoader.Id,
                    Outputs = new Dictionary<string, Guid> { [DatasetArtifact] = Dataset.Id },
                });
                await client.LinkArtifactAsync(version.Id, Dataset.Id);
            }

            var trainer = await client.MetadataStore.CreateStepRunAsync(new NewStepRun(pipelineRun.Id, "model_trainer")
            {
                UpstreamSteps = ["data_loader"],
                Inputs = new Dictionary<string, Guid> { [DatasetArtifact] = Dataset.Id },
            });
            var model = await client.SaveArtifactAsync(ModelArtifact, $"model trained by run {run}", new ArtifactSaveOptions
            {
                Kind = ArtifactKind.Model,
                ProducerStepRunId = trainer.Id,
                LinkToModelVersionId = version.Id,
            });
            await client.MetadataStore.RecordStepOutputAsync(trainer.Id, ModelArtifact, model.Id);
            await client.MetadataStore.FinishStepRunAsync(trainer.Id, RunStatus.Completed);
            await client.SaveArtifactAsync(DeploymentArtifact, $"{{\"endpoint\":\"batch\",\"run\":{run}}}", new ArtifactSaveOptions
            {
                Kind = ArtifactKind.Deployment,
                LinkToModelVersionId = version.Id,
            });
            runs.Add(await client.MetadataStore.FinishPipelineRunAsync(pipelineRun.Id, RunStatus.Completed));
            versions.Add(version);
        }

        await client.SetStageAsync(versions[0].Id, Stage.Staging, reason: "first model");
        await client.SetStageAsync(versions[0].Id, Stage.Production, reason: "approved");
        await client.SetStageAsync(versions[1].Id, Stage.Staging, reason: "better recall");
        Versions = (await client.ListVersionsAsync(ModelName)).OrderBy(v => v.Number).ToList();
        Runs = runs;
    }
}
