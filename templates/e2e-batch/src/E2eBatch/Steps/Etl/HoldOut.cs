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
    /// <summary>Training: reads the file with an inferred schema, which becomes the model version's schema.</summary>
    public static (TabularSchema Schema, IDataView Training, IDataView Inference) Split(
        string path, string labelColumn, IReadOnlyList<string> textColumns, double fraction, int seed)
    {
        var loaded = TabularData.LoadCsv(path, new CsvLoadOptions { Label = labelColumn, TextColumns = textColumns });
        var split = StratifiedSplit.Split(loaded.Data, loaded.Schema.RequireLabel().Name, fraction, seed);
        return (loaded.Schema, split.Train, split.Test);
    }

    /// <summary>
    /// Batch inference: reads the file against the schema the model version was trained on, so a missing column
    /// or text in a numeric column is reported with the file, row and column instead of failing inside ML.NET.
    /// </summary>
    public static IDataView HeldOutRows(string path, TabularSchema trainingSchema, double fraction, int seed)
    {
        var loaded = TabularData.LoadCsv(path, trainingSchema, requireLabel: true);
        return StratifiedSplit.Split(loaded.Data, trainingSchema.RequireLabel().Name, fraction, seed).Test;
    }
}
