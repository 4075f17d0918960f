#if (hasLicense)
// Copyright (c) 2026 The project authors
// SPDX-License-Identifier: Apache-2.0
#endif
using Modelplane.Pipelines;

namespace E2eBatch.Cli;

/// <summary>Turns a failure into the one paragraph the user reads: what failed, why, and what to do.</summary>
internal static class ErrorMessage
{
    public static string Describe(Exception error) => error switch
    {
        PipelineFailedException failed =>
            $"{failed.Summary.PipelineName} failed in step '{failed.FailedStep}': {failed.InnerException?.Message} (run {failed.Summary.RunName})",
        _ => error.Message,
    };
}
