#if (hasLicense)
// Copyright (c) 2026 The project authors
// SPDX-License-Identifier: Apache-2.0
#endif
using Modelplane.Errors;
using Modelplane.Pipelines;

namespace E2eBatch.Cli;

/// <summary>Turns a failure into the one paragraph the user reads: what failed, why, and what to do.</summary>
internal static class ErrorMessage
{
    public static string Describe(Exception error) => error switch
    {
        PipelineFailedException { InnerException: ArtifactIntegrityException } failed =>
            // A plain re-run is served from the cache, which reuses the damaged file; only a run without it writes the file again.
            $"{Describe(failed)} Steps served from the cache reuse that file, so train without the cache to write it again: dotnet run --project src/E2eBatch -- train --no-cache",
        PipelineFailedException failed => Describe(failed),
        _ => error.Message,
    };

    private static string Describe(PipelineFailedException failed) =>
        $"{failed.Summary.PipelineName} failed in step '{failed.FailedStep}': {failed.InnerException?.Message} (run {failed.Summary.RunName})";
}
