#if (hasLicense)
// Copyright (c) 2026 The project authors
// SPDX-License-Identifier: Apache-2.0
#endif
using E2eBatch.Configuration;
using Modelplane.Pipelines;

namespace E2eBatch.Steps.Alerts;

/// <summary>Attaches the alert hooks that the alerts block switches on; both pipelines alert the same way.</summary>
internal static class AlertHooks
{
    public static Pipeline AttachTo(Pipeline pipeline, AlertsConfig alerts)
    {
        var alerter = new Alerter(alerts.ResolveWebhookUrl());
#if (notifyOnFailures)
        if (alerts.NotifyOnFailure)
        {
            pipeline = pipeline.OnFailure(new NotifyOnFailure(alerter).RunAsync);
        }
#endif
#if (notifyOnSuccesses)
        if (alerts.NotifyOnSuccess)
        {
            pipeline = pipeline.OnSuccess(new NotifyOnSuccess(alerter).RunAsync);
        }
#endif
        return pipeline;
    }
}
