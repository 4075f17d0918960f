#if (hasLicense)
// Copyright (c) 2026 The project authors
// SPDX-License-Identifier: Apache-2.0
#endif
using System.Globalization;
using System.Text;
using E2eBatch.Cli;
using Modelplane.Errors;
using Modelplane.ML.Data;
using Modelplane.Pipelines;

namespace E2eBatch.Tests;

/// <summary>A user's own CSV works by editing the configs alone, and bad input fails with a message that says what to fix.</summary>
public sealed class OwnDataTests : IAsyncLifetime
{
    private TestProject project = null!;

    public async Task InitializeAsync() => project = await TestProject.CreateAsync();

    public async Task DisposeAsync() => await project.DisposeAsync();

    [Fact]
    public async Task A_csv_with_a_text_column_missing_values_and_a_yes_no_label_trains_and_scores_by_config_alone()
    {
        WriteCustomerCsv(Path.Combine(project.Folder, "data", "customers.csv"), rows: 240);
        foreach (var config in new[] { "train_config.yaml", "inference_config.yaml" })
        {
            project.EditConfig(config, text => text
                .Replace("path: data/breast_cancer.csv", "path: data/customers.csv")
                .Replace("label_column: target", "label_column: churned")
                .Replace("inference_fraction: 0.05", "inference_fraction: 0.2")
                .Replace("drop_columns: []", "drop_columns: [customer_id]")
                // A 48-row batch has few missing cells; allow more chance variation than the 0.1 default.
                .Replace("na_drift_tolerance: 0.1", "na_drift_tolerance: 2.0"));
        }

        var training = await project.TrainAsync();
        var inference = await project.InferAsync();

        Assert.True(training.TestAccuracy > 0.7, $"test accuracy {training.TestAccuracy}");
        Assert.Equal(training.Version.Id, inference.Version.Id);
        var predictedLabels = File.ReadLines(inference.PredictionsPath).Skip(1).Select(line => line.Split(',')[1]).ToHashSet();
        Assert.Subset(new HashSet<string> { "yes", "no" }, predictedLabels);
        Assert.Equal(48, inference.Rows);
    }

    [Fact]
    public async Task An_unknown_label_column_fails_training_with_a_message_naming_the_column_and_the_file()
    {
        project.EditConfig("train_config.yaml", text => text.Replace("label_column: target", "label_column: diagnosis"));

        var error = await Assert.ThrowsAsync<PipelineFailedException>(() => project.TrainAsync());

        Assert.IsType<DataValidationException>(error.InnerException);
        var message = ErrorMessage.Describe(error);
        Assert.Contains("diagnosis", message);
        Assert.Contains("breast_cancer.csv", message);
        Assert.Contains("data_loader", message);
    }

    [Fact]
    public async Task A_code_column_with_letters_among_numbers_fails_training_until_it_is_listed_as_text()
    {
        WriteCustomerCsv(Path.Combine(project.Folder, "data", "customers.csv"), rows: 240, regionCodes: true);
        project.EditConfig("train_config.yaml", text => text
            .Replace("path: data/breast_cancer.csv", "path: data/customers.csv")
            .Replace("label_column: target", "label_column: churned")
            .Replace("drop_columns: []", "drop_columns: [customer_id]"));

        var error = await Assert.ThrowsAsync<PipelineFailedException>(() => project.TrainAsync());
        var message = ErrorMessage.Describe(error);
        Assert.Contains("column 'region'", message);
        Assert.Contains("'3A' is not a number", message);
        Assert.Empty(await project.Client.ListVersionsAsync(project.TrainConfig.Model.Name));

        project.EditConfig("train_config.yaml", text => text.Replace("text_columns: []", "text_columns: [region]"));
        var training = await project.TrainAsync();

        Assert.Equal(1, training.Version.Number);
    }

    [Fact]
    public async Task Inference_before_any_training_says_to_run_training_first()
    {
        var error = await Assert.ThrowsAsync<NotFoundException>(() => project.InferAsync());

        Assert.Contains("run training first", ErrorMessage.Describe(error));
    }

    [Fact]
    public async Task A_missed_quality_gate_fails_the_run_only_when_asked_to()
    {
        var overrides = new Pipelines.TrainingOverrides(MinTestAccuracy: 1.0, FailOnAccuracyQualityGates: true);

        var error = await Assert.ThrowsAsync<PipelineFailedException>(() => project.TrainAsync(overrides));

        Assert.Equal("model_evaluator", error.FailedStep);
        Assert.Empty(await project.Client.ListVersionsAsync(project.TrainConfig.Model.Name));
    }

    // Churn depends on tenure, monthly charges and the plan, with label noise; some cells are empty.
    // With regionCodes, a region code column that is numbers but for one code with a letter.
    private static void WriteCustomerCsv(string path, int rows, bool regionCodes = false)
    {
        var random = new Random(7);
        var plans = new[] { "basic", "plus", "premium, annual" };
        var csv = new StringBuilder(regionCodes ? "customer_id,region,tenure_months,monthly_charges,plan,churned\n" : "customer_id,tenure_months,monthly_charges,plan,churned\n");
        for (var i = 1; i <= rows; i++)
        {
            var tenure = random.Next(1, 72);
            var charges = 20 + random.NextDouble() * 100;
            var plan = plans[random.Next(plans.Length)];
            var churned = (charges / 120 - tenure / 72.0 + (plan == "basic" ? 0.3 : 0)) + (random.NextDouble() - 0.5) * 0.3 > 0.1;
            var tenureText = i % 17 == 0 ? "" : tenure.ToString(CultureInfo.InvariantCulture);
            var planText = i % 23 == 0 ? "NA" : $"\"{plan}\"";
            var region = regionCodes ? (i == 100 ? "3A," : $"{i % 5:00},") : "";
            csv.Append(CultureInfo.InvariantCulture, $"C{i:0000},{region}{tenureText},{charges:0.00},{planText},{(churned ? "yes" : "no")}\n");
        }

        File.WriteAllText(path, csv.ToString());
    }
}
