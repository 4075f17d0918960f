#if (hasLicense)
// Copyright (c) 2026 The project authors
// SPDX-License-Identifier: Apache-2.0
#endif
namespace E2eBatch.Steps.Alerts;

/// <summary>The on-failure hook: alerts that a pipeline run failed, when alerts.notify_on_failure is set.</summary>
internal sealed class NotifyOnFailure(Alerter alerter, bool enabled)
{
    public Task RunAsync(string pipelineName, Exception error, CancellationToken cancellationToken = default) =>
        enabled ? alerter.PostAsync($"Pipeline `{pipelineName}` failed: {error.Message}", cancellationToken) : Task.CompletedTask;
}
