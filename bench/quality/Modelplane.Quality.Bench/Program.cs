// Model quality of the template's training recipe under stratified 10-fold CV, on the folds that
// bench/quality/sklearn_cv.py wrote. In every outer fold the template's hyperparameter search (all
// candidates, its trials and inner folds, seed 42) runs on the outer training rows only; each
// candidate's best configuration and the overall winner (what the pipeline promotes) are then trained
// on those rows and scored on the held-out fold. Prints markdown table rows.
// Usage: dotnet run -c Release --project bench/quality/Modelplane.Quality.Bench -- <data.csv> <folds.csv> <train_config.yaml>
using Modelplane.Bench.Shared;
using Modelplane.ML.Data;
using Modelplane.ML.Evaluation;
using Modelplane.ML.Preprocessing;
using Modelplane.ML.Training;
using Modelplane.ML.Tuning;
using Modelplane.Quality.Bench;

if (args.Length != 3)
{
    Console.Error.WriteLine("usage: Modelplane.Quality.Bench <data.csv> <folds.csv> <train_config.yaml>");
    return 2;
}

const int Seed = 42;
var (dataPath, foldsPath, configPath) = (args[0], args[1], args[2]);
var config = TemplateTrainConfig.Load(configPath);
var full = TabularData.LoadCsv(dataPath, new CsvLoadOptions { Label = "target" });
var assignment = FoldFiles.ReadAssignment(foldsPath, checked((int)full.RowCount));
var folder = Directory.CreateTempSubdirectory("modelplane-quality-").FullName;
var search = new SearchOptions
{
    TrialsPerCandidate = config.Steps.HpTuningSingleSearch.Trials,
    Folds = config.Steps.HpTuningSingleSearch.CrossValidationFolds,
    Seed = Seed,
    Preprocessing = config.Preprocessing,
};

var scores = new Dictionary<string, List<ClassificationMetrics>>();
var winners = new List<string>();
try
{
    foreach (var fold in Enumerable.Range(0, assignment.Max() + 1))
    {
        var (trainPath, testPath) = FoldFiles.Write(dataPath, assignment, fold, folder);
        var train = TabularData.LoadCsv(trainPath, full.Schema, requireLabel: true).Data;
        var test = TabularData.LoadCsv(testPath, full.Schema, requireLabel: true).Data;
        var result = HyperparameterSearch.Run(train, full.Schema, config.Parameters.ModelSearchSpace, search);
        var preprocessor = Preprocessor.Fit(train, full.Schema, config.Preprocessing);

        foreach (var candidate in result.Trials.Where(t => t.Succeeded).GroupBy(t => t.Candidate))
        {
            var best = candidate.OrderByDescending(t => t.Mean).ThenBy(t => t.Index).First();
            var metrics = Evaluator.Evaluate(ModelTrainer.Train(train, preprocessor, best.Config, Seed), test).Metrics;
            Add($"Modelplane {candidate.Key} ({best.Config.Trainer}, best of its search)", metrics);
            if (best.Index == result.Best.Index)
            {
                Add("**Modelplane promoted model** (search winner, as the pipeline)", metrics);
                winners.Add(candidate.Key);
            }
        }

        Console.Error.WriteLine($"fold {fold}: winner {winners[^1]}");
    }
}
finally
{
    Directory.Delete(folder, recursive: true);
}

foreach (var (name, metrics) in scores.OrderBy(s => s.Key.StartsWith("**", StringComparison.Ordinal) ? 0 : 1).ThenBy(s => s.Key, StringComparer.Ordinal))
{
    Console.WriteLine($"| {name} | {Summary(metrics.Select(m => m.Accuracy))} | {Summary(metrics.Select(m => m.Auc))} |");
}

Console.WriteLine();
Console.WriteLine($"Search winners per fold: {string.Join(", ", winners.GroupBy(w => w).Select(g => $"{g.Key} × {g.Count()}"))}");
return 0;

void Add(string name, ClassificationMetrics metrics)
{
    if (!scores.TryGetValue(name, out var list))
    {
        scores[name] = list = [];
    }

    list.Add(metrics);
}

// Mean ± population standard deviation (ddof 0), as the scikit-learn side prints.
static string Summary(IEnumerable<double> values)
{
    var list = values.ToList();
    var mean = list.Average();
    var sd = Math.Sqrt(list.Sum(v => (v - mean) * (v - mean)) / list.Count);
    return FormattableString.Invariant($"{mean:F4} ± {sd:F4}");
}
