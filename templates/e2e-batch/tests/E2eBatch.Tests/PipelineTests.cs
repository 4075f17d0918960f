#if (hasLicense)
// Copyright (c) 2026 The project authors
// SPDX-License-Identifier: Apache-2.0
#endif
using E2eBatch.Pipelines;
using Modelplane.ML.Data;
using Modelplane.ML.Evaluation;
using Modelplane.Models;
using Modelplane.Pipelines;

namespace E2eBatch.Tests;

/// <summary>Two training runs and one batch-inference run on the shipped data, in a temporary store.</summary>
public sealed class PipelineTests : IAsyncLifetime
{
    private TestProject project = null!;
    private TrainingResult first = null!;
    private TrainingResult second = null!;
    private InferenceResult inference = null!;

    public async Task InitializeAsync()
    {
        project = await TestProject.CreateAsync();
        first = await project.TrainAsync();
        second = await project.TrainAsync();
        inference = await project.InferAsync();
    }

    public async Task DisposeAsync() => await project.DisposeAsync();

    private Stage TargetStage => Enum.Parse<Stage>(project.TrainConfig.Parameters.TargetEnv, ignoreCase: true);

    [Fact]
    public async Task The_first_training_run_makes_version_1_and_writes_its_model_card()
    {
        Assert.Equal(1, first.Version.Number);
        Assert.True(first.TestAccuracy > 0.9, $"test accuracy {first.TestAccuracy}");
        var card = await File.ReadAllTextAsync(first.ModelCardPath);
        Assert.Contains("<html", card, StringComparison.OrdinalIgnoreCase);
        var model = await project.Client.GetLinkedArtifactAsync(first.Version, "model");
        Assert.Contains(model.Metadata["trainer"].Text, card, StringComparison.Ordinal);
        Assert.All(model.Metadata["hyperparameters"].AsJson<Dictionary<string, string>>()!.Keys, name => Assert.Contains(name, card, StringComparison.Ordinal));
    }
#if (metricComparePromotion)

    [Fact]
    public async Task The_second_run_compares_its_model_with_version_1_which_holds_the_same_model()
    {
        var promotion = await project.Client.GetLinkedArtifactAsync(second.Version, "promotion_metrics");
        var metrics = await project.Client.LoadArtifactAsync<E2eBatch.Steps.Promotion.PromotionMetrics>(promotion);

        Assert.Equal(1, metrics.CurrentVersion);
        Assert.True(metrics.Comparison.PromoteChallenger);
        Assert.Equal(first.TestAccuracy, metrics.Comparison.ChampionScore);
        Assert.Equal(metrics.Comparison.ChallengerScore, metrics.Comparison.ChampionScore);
        Assert.Equal((0, 0), (metrics.Comparison.McNemar!.ChallengerOnlyCorrect, metrics.Comparison.McNemar.ChampionOnlyCorrect));
    }
#endif

    [Fact]
    public async Task The_second_run_reuses_the_cached_steps_and_its_version_takes_the_stage_with_a_recorded_reason()
    {
        Assert.Contains(second.Summary.Steps, step => step.Name == "model_trainer" && step.IsCached);
        Assert.Equal(2, second.Version.Number);
        Assert.Equal(TargetStage, second.Version.Stage);

        var versions = await project.Client.ListVersionsAsync(second.Version.ModelName);
        Assert.Equal(Stage.Archived, versions.Single(version => version.Number == 1).Stage);
        var history = await project.Client.GetStageHistoryAsync(second.Version.ModelName);
        Assert.Contains(history, move => move.VersionNumber == 2 && move.To == TargetStage && !string.IsNullOrEmpty(move.Reason));
    }

    [Fact]
    public async Task The_second_run_takes_the_feature_importance_from_the_cache_and_still_writes_its_own_model_card()
    {
        Assert.Contains(second.Summary.Steps, step => step.Name == "compute_feature_importance" && step.IsCached);
        Assert.Contains(second.Summary.Steps, step => step.Name == "write_model_card" && !step.IsCached);
        var importance = await project.Client.GetLinkedArtifactAsync(second.Version, "feature_importance");
        Assert.Equal(importance.Id, (await project.Client.GetLinkedArtifactAsync(first.Version, "feature_importance")).Id);
        var mostImportant = (await project.Client.LoadArtifactAsync<IReadOnlyList<FeatureImportance>>(importance))[0].Feature;
        var card = await File.ReadAllTextAsync(second.ModelCardPath);
        Assert.Contains(mostImportant, card, StringComparison.Ordinal);
        Assert.Contains($"model_card_v{second.Version.Number}", second.ModelCardPath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_data_and_config_give_the_same_model_bytes()
    {
        var models = await Task.WhenAll(new[] { first.Version, second.Version }.Select(version => project.Client.GetLinkedArtifactAsync(version, "model")));

        Assert.Equal(models[0].ContentHash, models[1].ContentHash);
    }

    [Fact]
    public async Task Inference_scores_the_held_out_rows_with_the_staged_version_and_links_the_predictions_to_it()
    {
        Assert.Equal(second.Version.Id, inference.Version.Id);
        var expectedRows = (long)Math.Round(569 * project.InferenceConfig.Data.InferenceFraction);
        Assert.InRange(inference.Rows, expectedRows - 2, expectedRows + 2);
        Assert.Equal(inference.Rows + 1, File.ReadLines(inference.PredictionsPath).Count());

        var predictions = await project.Client.GetLinkedArtifactAsync(second.Version, "predictions");
        var producer = await project.Client.FindProducerAsync(predictions.Id);
        Assert.Equal(inference.Summary.RunId, producer!.PipelineRunId);
        var stored = await project.Client.LoadArtifactAsync<CsvFile>(predictions);
        Assert.Equal(await File.ReadAllBytesAsync(inference.PredictionsPath), await File.ReadAllBytesAsync(stored.Path));
        Assert.Equal(inference.Rows, predictions.Metadata["rows"].AsInteger());
    }
#if (dataQualityChecks)

    [Fact]
    public void Inference_writes_the_drift_report_next_to_the_predictions() =>
        Assert.True(File.Exists(Path.Combine(project.OutputFolder, "drift_report.html")));
#endif
}
