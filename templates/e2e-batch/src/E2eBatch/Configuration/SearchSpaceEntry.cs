#if (hasLicense)
// Copyright (c) 2026 The project authors
// SPDX-License-Identifier: Apache-2.0
#endif
namespace E2eBatch.Configuration;

/// <summary>One entry of model_search_space: a trainer and the search space of its hyperparameters.</summary>
internal sealed class SearchSpaceEntry
{
    /// <summary>The ML.NET trainer: LbfgsLogisticRegression, FastTree, FastForest or LightGbm.</summary>
    public string Trainer { get; init; } = "";
    public Dictionary<string, SearchDimension> SearchSpace { get; init; } = [];
}
