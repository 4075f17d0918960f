#if (hasLicense)
// Copyright (c) 2026 The project authors
// SPDX-License-Identifier: Apache-2.0
#endif
using System.Net.Http.Json;

namespace E2eBatch.Steps.Alerts;

/// <summary>Sends alerts to the console, or to a Slack-compatible webhook (POST {"text": ...}) when a URL is set.</summary>
internal sealed class Alerter(string webhookUrl, HttpClient? http = null)
{
    public async Task PostAsync(string message, CancellationToken cancellationToken = default)
    {
        if (webhookUrl.Length == 0)
        {
            Console.WriteLine($"[alert] {message}");
            return;
        }

        using var client = http is null ? new HttpClient { Timeout = TimeSpan.FromSeconds(10) } : null;
        using var response = await (http ?? client!).PostAsJsonAsync(webhookUrl, new { text = message }, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            // An alert that cannot be delivered must not hide the run's own outcome.
            Console.Error.WriteLine($"warning: the alert webhook answered {(int)response.StatusCode}; the alert was: {message}");
        }
    }
}
