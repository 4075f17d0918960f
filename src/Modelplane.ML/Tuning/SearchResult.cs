using Modelplane.ML.Evaluation;
using Modelplane.ML.Training;

namespace Modelplane.ML.Tuning;

/// <summary>The outcome of a hyperparameter search: every trial and the best one.</summary>
/// <param name="Metric">The metric trials were ranked by.</param>
/// <param name="Folds">The cross-validation folds per trial.</param>
/// <param name="Trials">All trials, in index order.</param>
public sealed record SearchResult(ClassificationMetric Metric, int Folds, IReadOnlyList<TrialResult> Trials)
{
    /// <summary>The trial with the highest mean score; among equal means, the lowest index.</summary>
    public TrialResult Best => Trials
        .Where(t => t.Succeeded)
        .OrderByDescending(t => t.Mean)
        .ThenBy(t => t.Index)
        .FirstOrDefault()
        ?? throw new InvalidOperationException("No trial of the search succeeded: " + (Trials.FirstOrDefault(t => t.Error is not null)?.Error ?? "the search had no trials."));

    /// <summary>The best trial's trainer configuration, ready for <see cref="ModelTrainer.Train"/>.</summary>
    public TrainerConfig BestConfig => Best.Config;

    /// <summary>
    /// Joins the results of searches run separately (one per candidate, as parallel pipeline
    /// steps do) into one table, renumbered in the order given, so <see cref="Best"/> is the arg-max over all of them.
    /// </summary>
    public static SearchResult Combine(IEnumerable<SearchResult> results)
    {
        var list = results.ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("There are no search results to combine.", nameof(results));
        }

        if (list.Select(r => r.Metric).Distinct().Count() > 1)
        {
            throw new ArgumentException("Search results ranked by different metrics cannot be combined.", nameof(results));
        }

        var trials = list.SelectMany(r => r.Trials).Select((t, i) => t with { Index = i }).ToList();
        return new SearchResult(list[0].Metric, list[0].Folds, trials);
    }
}
