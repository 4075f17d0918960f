#if (hasLicense)
// Copyright (c) 2026 The project authors
// SPDX-License-Identifier: Apache-2.0
#endif
using E2eBatch.Steps.Training;

namespace E2eBatch.Steps.HpTuning;

/// <summary>The best candidate of one hyperparameter search (artifact <c>hp_result</c>), with its metric.</summary>
internal sealed record HpResult(string SearchName, ModelSpec Candidate, double Metric);
