#if (hasLicense)
// Copyright (c) 2026 The project authors
// SPDX-License-Identifier: Apache-2.0
#endif
using E2eBatch.Steps.Training;

namespace E2eBatch.Steps.HpTuning;

/// <summary>Picks the best candidate across all searches (artifact <c>best_model</c>).</summary>
internal sealed class HpTuningSelectBestModel
{
    public ModelSpec Run(IReadOnlyList<HpResult> results) =>
        results.MaxBy(result => result.Metric)?.Candidate
            ?? throw new InvalidOperationException("No hyperparameter search produced a candidate.");
}
