#if (hasLicense)
// Copyright (c) 2026 The project authors
// SPDX-License-Identifier: Apache-2.0
#endif
using Microsoft.ML;
using Modelplane.ML.Data;
using Modelplane.ML.Splitting;

namespace E2eBatch.Steps.Etl;

/// <summary>
/// Splits the CSV file into the rows used for training and the rows held out for batch inference.
/// Both pipelines call it with the same file, fraction and seed, so they agree on which rows are which.
/// </summary>
internal static class HoldOut
{
    public static (TabularSchema Schema, IDataView Training, IDataView Inference) Split(string path, string labelColumn, double fraction, int seed)
    {
        var loaded = TabularData.LoadCsv(path, new CsvLoadOptions { Label = labelColumn });
        var split = StratifiedSplit.Split(loaded.Data, loaded.Schema.RequireLabel().Name, fraction, seed);
        return (loaded.Schema, split.Train, split.Test);
    }
}
