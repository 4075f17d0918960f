#if (hasLicense)
// Copyright (c) 2026 The project authors
// SPDX-License-Identifier: Apache-2.0
#endif
using Modelplane.Pipelines;

namespace E2eBatch.Steps.Alerts;

/// <summary>The pipelines' on-success hook: alerts that a run finished, with its model version.</summary>
internal sealed class NotifyOnSuccess(Alerter alerter)
{
    public Task RunAsync(PipelineRunSummary summary) =>
        alerter.PostAsync($"Pipeline run `{summary.RunName}` succeeded ({summary.ModelVersion}).");
}
