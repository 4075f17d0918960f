#if (hasLicense)
// Copyright (c) 2026 The project authors
// SPDX-License-Identifier: Apache-2.0
#endif
using Microsoft.ML;
using Modelplane.ML.Drift;
using Modelplane.Pipelines;

namespace E2eBatch.Steps.DataQuality;

/// <summary>
/// Stops batch inference when the share of missing values in the rows to score differs from the training
/// rows by more than the tolerance (ZenML's drift_quality_gate; it throws a DataQualityException with the numbers).
/// </summary>
internal sealed record DriftQualityGate(Artifact<IDataView> Reference, Artifact<IDataView> Current, string LabelColumn, double MissingValueTolerance) : Step
{
    protected override void Run(StepContext context) =>
        DriftReport.Build(Reference.Value, Current.Value, new DriftOptions { IgnoredColumns = [LabelColumn], MissingValueTolerance = MissingValueTolerance })
            .EnforceMissingValueGate();
}
