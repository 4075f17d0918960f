#if (hasLicense)
// Copyright (c) 2026 The project authors
// SPDX-License-Identifier: Apache-2.0
#endif
using System.CommandLine;
using System.Globalization;
using E2eBatch.Configuration;
using E2eBatch.Pipelines;
using Modelplane.Models;

namespace E2eBatch.Cli;

/// <summary>
/// The command line: <c>train</c> runs the training pipeline, <c>infer</c> the batch-inference pipeline,
/// and no command runs both, training first.
/// </summary>
internal static class AppCommand
{
    public const string Title = "Modelplane E2E project CLI v0.0.1";

    public static RootCommand Create()
    {
        var noCache = new Option<bool>("--no-cache") { Description = "Run every step, even when a cached result with the same code, parameters and inputs exists.", Recursive = true };
        var verbose = new Option<bool>("--verbose") { Description = "Print the full error, with its stack trace, when something fails.", Recursive = true };
        var noDropNa = new Option<bool>("--no-drop-na") { Description = "Keep rows with missing values in training (default: from train_config.yaml, on)." };
        var noNormalize = new Option<bool>("--no-normalize") { Description = "Do not normalize the features to [0, 1] (default: from train_config.yaml, on)." };
        var dropColumns = new Option<string?>("--drop-columns") { Description = "Comma-separated columns to leave out of training, e.g. mean_area,mean_radius." };
        var testSize = Fraction("--test-size", "The share of the training rows kept for testing (default: from train_config.yaml, 0.2).", exclusive: true);
        var minTrainAccuracy = Fraction("--min-train-accuracy", "The minimum accuracy on the training split (default: from train_config.yaml, 0.8).", exclusive: false);
        var minTestAccuracy = Fraction("--min-test-accuracy", "The minimum accuracy on the test split (default: from train_config.yaml, 0.8).", exclusive: false);
        var failOnGates = new Option<bool>("--fail-on-accuracy-quality-gates") { Description = "Fail the training run when an accuracy quality gate is not met, instead of only reporting it." };
        var onlyInference = new Option<bool>("--only-inference") { Description = "Skip training and only run batch inference (the same as the infer command)." };
        var trainConfig = new Option<string>("--config") { Description = "The training configuration file.", DefaultValueFactory = _ => "configs/train_config.yaml" };
        var inferenceConfig = new Option<string>("--config") { Description = "The batch-inference configuration file.", DefaultValueFactory = _ => "configs/inference_config.yaml" };

        Option[] trainingOptions = [noDropNa, noNormalize, dropColumns, testSize, minTrainAccuracy, minTestAccuracy, failOnGates];

        TrainingOverrides Overrides(ParseResult result) => new(
            DropNa: result.GetValue(noDropNa) ? false : null,
            Normalize: result.GetValue(noNormalize) ? false : null,
            DropColumns: result.GetValue(dropColumns)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            TestSize: result.GetValue(testSize),
            MinTrainAccuracy: result.GetValue(minTrainAccuracy),
            MinTestAccuracy: result.GetValue(minTestAccuracy),
            FailOnAccuracyQualityGates: result.GetValue(failOnGates) ? true : null);

        var train = new Command("train", "Run the training pipeline: train, evaluate and promote a new model version.");
        foreach (var option in trainingOptions)
        {
            train.Options.Add(option);
        }

        train.Options.Add(trainConfig);
        train.SetAction((result, cancellationToken) => RunAsync(
            folder => TrainAsync(folder, result.GetRequiredValue(trainConfig), Overrides(result), !result.GetValue(noCache), cancellationToken),
            result.GetValue(verbose)));

        var infer = new Command("infer", "Run the batch-inference pipeline with the model version in the target stage.");
        infer.Options.Add(inferenceConfig);
        infer.SetAction((result, cancellationToken) => RunAsync(
            folder => InferAsync(folder, result.GetRequiredValue(inferenceConfig), !result.GetValue(noCache), cancellationToken),
            result.GetValue(verbose)));

        var root = new RootCommand(Title + ": trains, promotes and scores the model named in configs/. With no command, runs training and then batch inference.");
        root.Options.Add(noCache);
        root.Options.Add(verbose);
        foreach (var option in trainingOptions)
        {
            root.Options.Add(option);
        }

        root.Options.Add(onlyInference);
        root.Subcommands.Add(train);
        root.Subcommands.Add(infer);
        root.SetAction((result, cancellationToken) => RunAsync(async folder =>
        {
            if (!result.GetValue(onlyInference))
            {
                await TrainAsync(folder, "configs/train_config.yaml", Overrides(result), !result.GetValue(noCache), cancellationToken);
                Console.WriteLine();
            }

            await InferAsync(folder, "configs/inference_config.yaml", !result.GetValue(noCache), cancellationToken);
        }, result.GetValue(verbose)));
        return root;
    }

    private static Option<double?> Fraction(string name, string description, bool exclusive)
    {
        var option = new Option<double?>(name) { Description = description };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<double?>() is { } value && (exclusive ? value is <= 0 or >= 1 : value is < 0 or > 1))
            {
                result.AddError(exclusive
                    ? $"{name} must be between 0 and 1 (exclusive); got {value}."
                    : $"{name} must be between 0 and 1; got {value}.");
            }
        });
        return option;
    }

    private static async Task<int> RunAsync(Func<string, Task> run, bool verbose)
    {
        try
        {
            await run(ProjectFolder.Find(Directory.GetCurrentDirectory()));
            return 0;
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            await Console.Error.WriteLineAsync();
            await Console.Error.WriteLineAsync($"error: {ErrorMessage.Describe(error)}");
            await Console.Error.WriteLineAsync(verbose ? error.ToString() : "(Run with --verbose for the full error.)");
            return error is ConfigurationException ? 2 : 1;
        }
    }

    private static async Task TrainAsync(string folder, string configPath, TrainingOverrides overrides, bool cache, CancellationToken cancellationToken)
    {
        var config = ConfigLoader.LoadTrainConfig(Path.Combine(folder, configPath));
        await using var client = await ModelplaneStore.OpenAsync(config.Store, folder, cancellationToken);
        var result = await new TrainingPipeline(config, folder, overrides).RunAsync(client, cache, cancellationToken);
        var version = result.Version;
        Console.WriteLine();
        Console.WriteLine($"Training finished: {version.ModelName} version {version.Number}, stage {Stages.ToText(version.Stage)}, test accuracy {result.TestAccuracy.ToString("0.000", CultureInfo.InvariantCulture)}.");
        Console.WriteLine($"  model card: {Path.GetRelativePath(folder, result.ModelCardPath)}");
        Console.WriteLine($"  store:      {ModelplaneStore.Describe(config.Store.Resolve(folder))}");
        Console.WriteLine($"  inspect:    dotnet modelplane model version list {version.ModelName}");
    }

    private static async Task InferAsync(string folder, string configPath, bool cache, CancellationToken cancellationToken)
    {
        var config = ConfigLoader.LoadInferenceConfig(Path.Combine(folder, configPath));
        await using var client = await ModelplaneStore.OpenAsync(config.Store, folder, cancellationToken);
        var result = await new BatchInferencePipeline(config, folder).RunAsync(client, cache, cancellationToken);
        Console.WriteLine();
        Console.WriteLine($"Batch inference finished: {result.Rows} rows scored with {result.Version.ModelName} version {result.Version.Number} ({config.Model.Version}).");
        Console.WriteLine($"  predictions:  {Path.GetRelativePath(folder, result.PredictionsPath)}");
#if (dataQualityChecks)
        Console.WriteLine($"  drift report: {Path.GetRelativePath(folder, Path.Combine(Path.GetDirectoryName(result.PredictionsPath)!, "drift_report.html"))}");
#endif
        Console.WriteLine($"  model card:   {Path.GetRelativePath(folder, result.ModelCardPath)}");
    }
}
