#if (hasLicense)
// Copyright (c) 2026 The project authors
// SPDX-License-Identifier: Apache-2.0
#endif
using Microsoft.ML;
using Modelplane.ML.Data;
using Modelplane.Pipelines;

namespace E2eBatch.Steps.Etl;

/// <summary>
/// Loads the CSV file and keeps the rows not held out for batch inference (<c>dataset</c>), with the
/// inferred column schema (<c>data_schema</c>) and the seed of the hold-out (<c>random_state</c>), which
/// batch inference reads back from the model version.
/// </summary>
/// <remarks>
/// The file's SHA-256 is a parameter, so the step is served from the cache exactly while the file's
/// content is unchanged; the later steps then see the same input artifacts and stay cached too.
/// </remarks>
internal sealed record DataLoader(
    string DataPath, string DataFileSha256, string LabelColumn, IReadOnlyList<string> TextColumns, double InferenceFraction, int RandomState)
    : Step<DataLoader.Output>
{
    internal sealed record Output(Artifact<IDataView> Dataset, Artifact<TabularSchema> Schema, Artifact<int> RandomState);

    protected override Output Run(StepContext context)
    {
        var (schema, training, _) = HoldOut.Split(DataPath, LabelColumn, TextColumns, InferenceFraction, RandomState);
        return new Output(
            context.Output("dataset", training),
            context.Output("data_schema", schema),
            context.Output("random_state", RandomState));
    }
}
