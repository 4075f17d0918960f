#if (hasLicense)
// Copyright (c) 2026 The project authors
// SPDX-License-Identifier: Apache-2.0
#endif
namespace E2eBatch.Configuration;

/// <summary>The alerts block: which pipeline outcomes send an alert, and where to.</summary>
internal sealed class AlertsConfig
{
    /// <summary>The environment variable that, when set, overrides <see cref="WebhookUrl"/>.</summary>
    public const string WebhookVariable = "MODELPLANE_WEBHOOK_URL";

#if (notifyOnFailures)
    public bool NotifyOnFailure { get; init; } = true;
#endif
#if (notifyOnSuccesses)
    public bool NotifyOnSuccess { get; init; } = true;
#endif

    /// <summary>A Slack-compatible incoming-webhook URL; empty sends alerts to the console.</summary>
    public string WebhookUrl { get; init; } = "";

    public string ResolveWebhookUrl() =>
        Environment.GetEnvironmentVariable(WebhookVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment : WebhookUrl;
}
