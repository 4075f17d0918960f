#if (hasLicense)
// Copyright (c) 2026 The project authors
// SPDX-License-Identifier: Apache-2.0
#endif
using Microsoft.ML;
using Modelplane.ML.Data;
using Modelplane.ML.Inference;
using Modelplane.ML.Training;
using Modelplane.Pipelines;

namespace E2eBatch.Steps.Inference;

/// <summary>
/// Scores the rows with the staged model version (<c>predictions</c>, linked to that version): the rows are
/// written to out/inference_batch.csv, and the streaming batch predictor writes out/predictions.csv
/// (<c>row_id</c> is the row of inference_batch.csv). The predictions file is streamed into the store as it is,
/// so a batch of any size is scored in constant memory.
/// </summary>
[DisableCache]
internal sealed record InferencePredict(Artifact<TrainedModel> Model, Artifact<IDataView> Dataset, string OutputFolder) : Step<InferencePredict.Output>
{
    internal sealed record Output(Artifact<CsvFile> Predictions);

    protected override Output Run(StepContext context)
    {
        Directory.CreateDirectory(OutputFolder);
        var batchPath = Path.Combine(OutputFolder, "inference_batch.csv");
        var predictionsPath = Path.Combine(OutputFolder, "predictions.csv");
        CsvWriter.Write(Dataset.Value, batchPath);
        var summary = BatchPredictor.PredictCsv(Model.Value, batchPath, predictionsPath, cancellationToken: context.CancellationToken);
        context.LogMetadata("rows", summary.Rows);
        context.LogMetadata("predicted_positive", summary.PredictedPositive);
        return new Output(context.Output("predictions", new CsvFile(predictionsPath, summary.Rows)));
    }
}
