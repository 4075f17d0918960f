#if (hasLicense)
// Copyright (c) 2026 The project authors
// SPDX-License-Identifier: Apache-2.0
#endif
using Modelplane.ML.Preprocessing;

namespace E2eBatch.Configuration;

/// <summary>Parameters of the preprocessing fitted on the training split.</summary>
internal sealed class TrainDataPreprocessorParameters
{
    /// <summary>Drop training rows with missing values (otherwise they are imputed from the training data).</summary>
    public bool DropNa { get; init; } = true;

    /// <summary>Scale numeric features to [0, 1].</summary>
    public bool Normalize { get; init; } = true;

    /// <summary>Columns left out of training, e.g. identifiers.</summary>
    public List<string> DropColumns { get; init; } = [];

    public PreprocessingOptions ToOptions() => new()
    {
        DropColumns = DropColumns,
        MissingValues = DropNa ? MissingValuePolicy.Drop : MissingValuePolicy.Impute,
        Normalization = Normalize ? Normalization.MinMax : Normalization.None,
    };
}
