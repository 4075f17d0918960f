using System.Globalization;

namespace Modelplane.Pipelines;

/// <summary>Pipeline run names: <c>&lt;pipeline&gt;_run_&lt;yyyy_MM_dd_HH_mm_ss&gt;_&lt;6 hex of the run id&gt;</c>.</summary>
internal static class RunNaming
{
    /// <summary>
    /// ZenML's run-name shape, plus the start of the run id so two runs started in the same second
    /// (tests, parallel CI jobs) still get different names.
    /// </summary>
    public static string For(string pipelineName, DateTimeOffset startedAt, Guid runId) =>
        string.Create(CultureInfo.InvariantCulture, $"{pipelineName}_run_{startedAt.UtcDateTime:yyyy_MM_dd_HH_mm_ss}_{runId.ToString("N")[..6]}");
}
