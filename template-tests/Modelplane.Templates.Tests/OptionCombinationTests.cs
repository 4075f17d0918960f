using System.Collections.Concurrent;
using Modelplane.Templates.Tests.Infrastructure;

namespace Modelplane.Templates.Tests;

/// <summary>
/// Every combination of the feature options generates, and leaves nothing of a disabled option behind:
/// no file, no config key, no type or README mention, no conditional marker, no empty folder.
/// </summary>
[Collection(TemplatePackCollection.Name)]
public sealed class OptionCombinationTests(TemplatePackFixture pack)
{
    private static readonly string[] ConditionalMarkers = ["#if", "#else", "#elif", "#endif", "//#", "<!--#"];

    [Fact]
    [Trait("Tier", "Full")]
    public async Task Every_combination_generates_without_leftovers_of_disabled_options()
    {
        var failures = new ConcurrentBag<string>();
        // dotnet new locks its hive, so each worker gets its own.
        var workers = Math.Max(2, Environment.ProcessorCount);
        var combinations = OptionCombination.All().ToList();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(async worker =>
        {
            var hive = await pack.CreateHiveAsync();
            foreach (var combination in combinations.Where((_, index) => index % workers == worker))
            {
                var output = await pack.InstantiateInHiveAsync(hive, "Combo", combination.ToArguments());
                var problems = FindLeftovers(output, combination);
                if (problems.Count > 0)
                {
                    failures.Add($"{combination}:\n  " + string.Join("\n  ", problems));
                }
            }
        }));

        Assert.True(failures.IsEmpty, string.Join("\n", failures));
    }

    private static List<string> FindLeftovers(string output, OptionCombination options)
    {
        var problems = new List<string>();
        var texts = Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories)
            .Where(file => !file.EndsWith(".nupkg", StringComparison.Ordinal) && !file.EndsWith(".csv", StringComparison.Ordinal))
            .ToDictionary(file => Path.GetRelativePath(output, file).Replace('\\', '/'), File.ReadAllText);
        var all = string.Join('\n', texts.Values);

        foreach (var (path, text) in texts)
        {
            foreach (var marker in ConditionalMarkers.Where(marker => text.Split('\n').Any(line => line.TrimStart().StartsWith(marker, StringComparison.Ordinal))))
            {
                problems.Add($"{path} still has a '{marker}' line");
            }
        }

        problems.AddRange(Directory.EnumerateDirectories(output, "*", SearchOption.AllDirectories)
            .Where(folder => !Directory.EnumerateFileSystemEntries(folder).Any())
            .Select(folder => $"empty folder {Path.GetRelativePath(output, folder)}"));

        void ExpectAbsent(bool enabled, string what, params string[] needles)
        {
            if (!enabled)
            {
                problems.AddRange(needles.Where(needle => all.Contains(needle, StringComparison.Ordinal) || texts.Keys.Any(path => path.Contains(needle, StringComparison.Ordinal)))
                    .Select(needle => $"'{needle}' present although {what} is off"));
            }
        }

        ExpectAbsent(options.HyperparameterTuning, "hyperparameter tuning", "HpTuning", "model_search_space", "hp_tuning", "SearchDimension");
        ExpectAbsent(!options.HyperparameterTuning, "model_configuration (tuning is on)", "model_configuration", "ModelConfiguration");
        ExpectAbsent(options.MetricComparePromotion, "metric-compare promotion", "PromoteWithMetricCompare", "ComputePerformanceMetricsOnCurrentData", "PromotionMetrics");
        ExpectAbsent(!options.MetricComparePromotion, "latest-version promotion (metric compare is on)", "PromoteLatestVersion");
        ExpectAbsent(options.DataQualityChecks, "data-quality checks", "DataQuality", "drift_quality_gate", "DriftQualityGate", "Data quality");
        ExpectAbsent(options.NotifyOnFailures, "notify on failures", "notify_on_failure", "NotifyOnFailure");
        ExpectAbsent(options.NotifyOnSuccesses, "notify on successes", "notify_on_success", "NotifyOnSuccess");
        ExpectAbsent(options.Notifications, "notifications", "Alerts", "alerts:", "Alerter", "webhook");

        var train = texts["configs/train_config.yaml"];
        var inference = texts["configs/inference_config.yaml"];
        if (!train.Contains($"target_env: {options.TargetEnvironment}\n") || !inference.Contains($"version: {options.TargetEnvironment}\n"))
        {
            problems.Add($"the configs do not promote to and infer from {options.TargetEnvironment}");
        }

        if (options.License == "none")
        {
            ExpectAbsent(false, "the license (none)", "SPDX-License-Identifier", "Copyright (c)", "LICENSE");
        }
        else if (!texts.TryGetValue("LICENSE", out var license) || !license.StartsWith("MIT License", StringComparison.Ordinal))
        {
            problems.Add("no MIT LICENSE file");
        }
        else if (texts.Where(file => file.Key.EndsWith(".cs", StringComparison.Ordinal)).FirstOrDefault(file => !file.Value.StartsWith("// Copyright (c) ", StringComparison.Ordinal)) is { Key: { } unlicensed })
        {
            problems.Add($"{unlicensed} has no license header");
        }

        return problems;
    }
}
