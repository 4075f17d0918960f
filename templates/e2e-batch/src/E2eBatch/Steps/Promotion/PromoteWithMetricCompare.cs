#if (hasLicense)
// Copyright (c) 2026 The project authors
// SPDX-License-Identifier: Apache-2.0
#endif
using System.Globalization;
using Modelplane.Models;
using Modelplane.Pipelines;

namespace E2eBatch.Steps.Promotion;

/// <summary>
/// Moves the new version into the target stage when it scores at least as well as the current holder
/// (a tie promotes); the holder is archived and the move, with its reason, lands in the stage history.
/// </summary>
[DisableCache]
internal sealed record PromoteWithMetricCompare(Artifact<PromotionMetrics> Metrics, Stage TargetStage) : Step
{
    protected override async Task RunAsync(StepContext context)
    {
        var (currentVersion, comparison) = Metrics.Value;
        var metric = comparison.Metric.ToString().ToLowerInvariant();
        var latest = Format(comparison.ChallengerScore);
        var significance = comparison.McNemar is { } test
            ? string.Create(CultureInfo.InvariantCulture, $"; McNemar p = {test.ExactPValue:0.###}")
            : "";
        var reason = currentVersion is null
            ? $"{metric} {latest}; no version held {Stages.ToText(TargetStage)}"
            : comparison.PromoteChallenger
                ? $"{metric} {latest} >= {Format(comparison.ChampionScore)} of version {currentVersion}{significance}"
                : $"{metric} {latest} < {Format(comparison.ChampionScore)} of version {currentVersion}{significance}";

        if (!comparison.PromoteChallenger)
        {
            Console.WriteLine($"Not promoted: {reason}. {Stages.ToText(TargetStage)} keeps version {currentVersion}.");
            return;
        }

        await context.Client.SetStageAsync(context.ModelVersion!.Id, TargetStage, force: true, reason: reason, context.CancellationToken);
        Console.WriteLine($"Promoted {context.ModelVersion} to {Stages.ToText(TargetStage)}: {reason}.");
    }

    private static string Format(double? value) => value?.ToString("0.000", CultureInfo.InvariantCulture) ?? "n/a";
}
