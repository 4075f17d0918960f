#if (hasLicense)
// Copyright (c) 2026 The project authors
// SPDX-License-Identifier: Apache-2.0
#endif
using Modelplane.Pipelines;

namespace E2eBatch.Steps.Alerts;

/// <summary>The pipelines' on-failure hook: alerts which run and step failed, and why.</summary>
internal sealed class NotifyOnFailure(Alerter alerter)
{
    public Task RunAsync(PipelineRunSummary summary) =>
        alerter.PostAsync($"Pipeline run `{summary.RunName}` failed in step `{summary.FailedStep}`: {summary.Error?.Message}");
}
