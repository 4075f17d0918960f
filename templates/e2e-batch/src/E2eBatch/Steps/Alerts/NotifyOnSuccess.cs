#if (hasLicense)
// Copyright (c) 2026 The project authors
// SPDX-License-Identifier: Apache-2.0
#endif
namespace E2eBatch.Steps.Alerts;

/// <summary>The last step of every pipeline: alerts that the run succeeded, when alerts.notify_on_success is set.</summary>
internal sealed class NotifyOnSuccess(Alerter alerter, bool enabled)
{
    public Task RunAsync(string pipelineName, CancellationToken cancellationToken = default) =>
        enabled ? alerter.PostAsync($"Pipeline `{pipelineName}` succeeded.", cancellationToken) : Task.CompletedTask;
}
