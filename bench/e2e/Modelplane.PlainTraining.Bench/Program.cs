// The ML work of the generated training pipeline as a plain program: no store, no artifacts, no
// cache, no run records. Same data, split, preprocessing, searches (in parallel, one per candidate),
// trainer, seeds, evaluation, gates, comparison, feature importance and model card, in the pipeline's
// order, with the model saved to a file as any program would. The baseline of framework-overhead.sh.
// Usage (from a generated project's folder): dotnet Modelplane.PlainTraining.Bench.dll [configs/train_config.yaml]
using System.Diagnostics;
using System.Globalization;
using Microsoft.ML;
using Modelplane.Bench.Shared;
using Modelplane.ML.Data;
using Modelplane.ML.Evaluation;
using Modelplane.ML.Preprocessing;
using Modelplane.ML.Reports;
using Modelplane.ML.Splitting;
using Modelplane.ML.Training;
using Modelplane.ML.Tuning;

var watch = Stopwatch.StartNew();
var lap = Stopwatch.StartNew();
void Phase(string name) { Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[phase] {name,-24} {lap.Elapsed.TotalSeconds:F2} s")); lap.Restart(); }
var config = TemplateTrainConfig.Load(args.ElementAtOrDefault(0) ?? "configs/train_config.yaml");
var data = config.Data;
var output = Directory.CreateDirectory("out-plain").FullName;

// ETL: hold-out for inference, train/test split, preprocessing fitted on the training rows.
var loaded = TabularData.LoadCsv(data.Path, new CsvLoadOptions { Label = data.LabelColumn });
var label = loaded.Schema.RequireLabel().Name;
var dataset = StratifiedSplit.Split(loaded.Data, label, data.InferenceFraction, data.Seed).Train;
var split = StratifiedSplit.Split(dataset, label, config.Steps.TrainDataSplitter.TestSize, data.Seed);
var preprocessor = Preprocessor.Fit(split.Train, loaded.Schema, config.Preprocessing);
var preprocessedRows = CountRows(preprocessor.Transform(split.Train)) + CountRows(preprocessor.Transform(split.Test));
Phase("etl");

// Hyperparameter tuning: one search per candidate, all at once, then the best trial of all.
var options = new SearchOptions
{
    TrialsPerCandidate = config.Steps.HpTuningSingleSearch.Trials,
    Folds = config.Steps.HpTuningSingleSearch.CrossValidationFolds,
    Seed = data.Seed,
    Preprocessing = config.Preprocessing,
};
var searches = await Task.WhenAll(config.Parameters.ModelSearchSpace.Select(candidate =>
    Task.Run(() => HyperparameterSearch.Run(split.Train, loaded.Schema, candidate.Key, candidate.Value, options))));
var search = SearchResult.Combine(searches);
Phase("searches");

// Training, evaluation and quality gates.
var model = ModelTrainer.Train(split.Train, preprocessor, search.BestConfig, data.Seed);
model.Save(Path.Combine(output, "model.zip"));
var test = Evaluator.Evaluate(model, split.Test);
var train = Evaluator.Evaluate(model, split.Train).Metrics;
QualityGate.Check(
        new Dictionary<string, ClassificationMetrics> { ["train"] = train, ["test"] = test.Metrics },
        [
            new MetricThreshold(ClassificationMetric.Accuracy, Minimum: config.Steps.ModelEvaluator.MinTrainAccuracy, DataSet: "train"),
            new MetricThreshold(ClassificationMetric.Accuracy, Minimum: config.Steps.ModelEvaluator.MinTestAccuracy, DataSet: "test"),
        ])
    .Enforce(failOnViolation: false);
Phase("train and evaluate");

// Promotion decision (no champion: the first run of a fresh store, as the timed pipeline runs) and model card.
var comparison = ChampionChallenger.Compare(model, champion: null, split.Test);
Phase("compare");
var importance = FeatureImportance.Compute(model, split.Test);
Phase("feature importance");
var html = ModelCard.Render(new ModelCardData
{
    ModelName = "e2e_use_case",
    Version = "1",
    Trainer = model.Trainer,
    Hyperparameters = model.Hyperparameters,
    Evaluation = test,
    TrainingMetrics = train,
    FeatureImportance = importance,
    Search = search,
});
File.WriteAllText(Path.Combine(output, "model_card_v1.html"), html);
Phase("model card");

Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"Plain training finished in {watch.Elapsed.TotalSeconds:F2} s: {model.Trainer}, test accuracy {test.Metrics.Accuracy:0.000}, promote {comparison.PromoteChallenger}, {preprocessedRows} preprocessed rows."));
return 0;

static long CountRows(IDataView view)
{
    using var cursor = view.GetRowCursor(view.Schema);
    var rows = 0L;
    while (cursor.MoveNext())
    {
        rows++;
    }

    return rows;
}
