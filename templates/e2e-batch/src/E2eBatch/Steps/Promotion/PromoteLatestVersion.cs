#if (hasLicense)
// Copyright (c) 2026 The project authors
// SPDX-License-Identifier: Apache-2.0
#endif
using Modelplane.Models;
using Modelplane.Pipelines;

namespace E2eBatch.Steps.Promotion;

/// <summary>
/// Moves the new version into the target stage; the previous holder is archived and the move, with its
/// reason, lands in the stage history.
/// </summary>
[DisableCache]
internal sealed record PromoteLatestVersion(Stage TargetStage) : Step
{
    protected override async Task RunAsync(StepContext context)
    {
        await context.Client.SetStageAsync(context.ModelVersion!.Id, TargetStage, force: true, reason: "latest version (promotion without metric comparison)", context.CancellationToken);
        Console.WriteLine($"Promoted {context.ModelVersion} to {Stages.ToText(TargetStage)}.");
    }
}
