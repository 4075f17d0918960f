#if (hasLicense)
// Copyright (c) 2026 The project authors
// SPDX-License-Identifier: Apache-2.0
#endif
using Microsoft.ML;
using Modelplane.ML.Data;
using Modelplane.ML.Preprocessing;
using Modelplane.ML.Tuning;
using Modelplane.Pipelines;

namespace E2eBatch.Steps.HpTuning;

/// <summary>
/// Random search over one trainer's hyperparameters (<c>hp_result</c>): every trial is scored by stratified
/// cross-validation on the training rows, with the preprocessing fitted inside each fold.
/// </summary>
internal sealed record HpTuningSingleSearch(
    Artifact<IDataView> Train,
    Artifact<TabularSchema> Schema,
    string Candidate,
    TrainerSearchSpace SearchSpace,
    PreprocessingOptions Preprocessing,
    int Trials,
    int Folds,
    int RandomState) : Step<HpTuningSingleSearch.Output>
{
    internal sealed record Output(Artifact<SearchResult> Result);

    protected override Output Run(StepContext context)
    {
        var options = new SearchOptions { TrialsPerCandidate = Trials, Folds = Folds, Seed = RandomState, Preprocessing = Preprocessing };
        var result = HyperparameterSearch.Run(Train.Value, Schema.Value, Candidate, SearchSpace, options, context.CancellationToken);
        return new Output(context.Output("hp_result", result));
    }
}
