#if (hasLicense)
// Copyright (c) 2026 The project authors
// SPDX-License-Identifier: Apache-2.0
#endif
using Microsoft.ML;
using Modelplane.ML.Drift;
using Modelplane.Pipelines;

namespace E2eBatch.Steps.DataQuality;

/// <summary>
/// Compares the rows to score with the model version's training rows, column by column (drift tests and
/// missing values, as Evidently does): <c>drift_report</c> as JSON and <c>drift_report_html</c>, also written to out/drift_report.html.
/// </summary>
[DisableCache]
internal sealed record DataQualityReport(
    Artifact<IDataView> Reference,
    Artifact<IDataView> Current,
    string LabelColumn,
    double MissingValueTolerance,
    double DriftShare,
    string OutputFolder) : Step<DataQualityReport.Output>
{
    internal sealed record Output(Artifact<string> Json, Artifact<string> Html);

    protected override Output Run(StepContext context)
    {
        var options = new DriftOptions { IgnoredColumns = [LabelColumn], MissingValueTolerance = MissingValueTolerance, DriftShare = DriftShare };
        var report = DriftReport.Build(Reference.Value, Current.Value, options);
        var html = report.ToHtml();
        Directory.CreateDirectory(OutputFolder);
        File.WriteAllText(Path.Combine(OutputFolder, "drift_report.html"), html);
        Console.WriteLine($"Drift: {report.DriftedColumns} of {report.Columns.Count} columns drifted{(report.DatasetDrift ? " (the data set drifted)" : "")}.");
        return new Output(context.Output("drift_report", report.ToJson()), context.Output("drift_report_html", html));
    }
}
