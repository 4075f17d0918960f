using Microsoft.ML;
using Modelplane.ML.Data;
using Modelplane.ML.Training;

namespace Modelplane.ML.Tuning;

/// <summary>
/// Seeded random search over configured search spaces, every trial scored by stratified k-fold
/// cross-validation, trials evaluated in parallel. The same data, space and seed give the same
/// trials and the same best, whatever the degree of parallelism.
/// </summary>
public static class HyperparameterSearch
{
    /// <summary>Searches every candidate of <paramref name="searchSpace"/> and ranks all trials together.</summary>
    /// <param name="data">Labelled raw training rows.</param>
    /// <param name="schema">The schema the rows were loaded with.</param>
    /// <param name="searchSpace">Candidates by name (for example <c>logistic_regression</c>, <c>lightgbm</c>), in the order trials are numbered.</param>
    /// <param name="options">Trials, folds, metric, seed, parallelism and preprocessing.</param>
    /// <param name="cancellationToken">Stops starting new trials and folds.</param>
    /// <exception cref="ArgumentException">A trainer, parameter or range in the search space is invalid.</exception>
    public static SearchResult Run(
        IDataView data,
        TabularSchema schema,
        IReadOnlyDictionary<string, TrainerSearchSpace> searchSpace,
        SearchOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(searchSpace);
        options ??= new SearchOptions();
        if (searchSpace.Count == 0)
        {
            throw new ArgumentException("The search space has no candidates. Add at least one trainer with its search grid.", nameof(searchSpace));
        }

        if (!Evaluation.ClassificationMetrics.HigherIsBetter(options.Metric))
        {
            throw new ArgumentException($"A search ranks trials by a metric where higher is better; {options.Metric} is not one. Use Accuracy, Auc or F1.", nameof(options));
        }

        if (options.TrialsPerCandidate < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.TrialsPerCandidate, "Run at least one trial per candidate.");
        }

        var planned = searchSpace
            .SelectMany(c => ParameterSampler.Sample(c.Key, c.Value, options.TrialsPerCandidate, options.Seed).Select(config => (Candidate: c.Key, Config: config)))
            .ToList();

        // Fail on a wrong parameter name or value before any fold is prepared or trained.
        var probe = new MLContext(options.Seed);
        foreach (var (_, config) in planned)
        {
            TrainerCatalog.Create(probe, config, schema.RequireLabel().Name, options.Seed);
        }

        var folds = PreparedFolds.Prepare(data, schema, options.Preprocessing, options.Folds, options.Seed);
        var trials = new TrialResult[planned.Count];
        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = Math.Clamp(options.MaxParallelism ?? Environment.ProcessorCount, 1, Environment.ProcessorCount),
            CancellationToken = cancellationToken,
        };

        Parallel.For(0, planned.Count, parallel, i =>
        {
            var (candidate, config) = planned[i];
            try
            {
                var metrics = folds.Evaluate(config, options.Seed, cancellationToken);
                var (mean, std) = CrossValidation.Summarise(metrics, options.Metric);
                trials[i] = new TrialResult(i, candidate, config, mean, std, metrics.Select(m => m.Get(options.Metric) ?? double.NaN).ToList());
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                trials[i] = new TrialResult(i, candidate, config, double.NaN, double.NaN, [], $"{e.GetType().Name}: {e.Message}");
            }
        });

        return new SearchResult(options.Metric, options.Folds, trials);
    }

    /// <summary>Searches one candidate, for pipelines that run one search step per candidate and join them with <see cref="SearchResult.Combine"/>.</summary>
    public static SearchResult Run(
        IDataView data,
        TabularSchema schema,
        string candidate,
        TrainerSearchSpace space,
        SearchOptions? options = null,
        CancellationToken cancellationToken = default) =>
        Run(data, schema, new Dictionary<string, TrainerSearchSpace> { [candidate] = space }, options, cancellationToken);
}
