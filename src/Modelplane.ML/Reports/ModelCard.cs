using System.Globalization;
using Modelplane.ML.Evaluation;

namespace Modelplane.ML.Reports;

/// <summary>Renders a model card: one self-contained HTML page per model version.</summary>
public static class ModelCard
{
    private const int MaxImportanceBars = 20;

    /// <summary>
    /// The model card as HTML: metrics, confusion matrix, ROC curve and feature importance as inline
    /// SVG, the search table, the model's details, lineage and stage history. No external resources.
    /// </summary>
    public static string Render(ModelCardData card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var evaluation = card.Evaluation;
        var matrix = evaluation.ConfusionMatrix;
        var importance = card.FeatureImportance.Take(MaxImportanceBars).ToList();
        var best = card.Search?.Trials.Any(t => t.Succeeded) == true ? card.Search.Best.Index : -1;
        return HtmlTemplate.Render("model-card", new
        {
            Css = ReportStyles.Css,
            card.ModelName,
            card.Version,
            Stage = card.Stage ?? "",
            Description = card.Description ?? "",
            Tags = string.Join(", ", card.Tags),
            card.Trainer,
            Hyperparameters = card.Hyperparameters.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new { Name = p.Key, p.Value }).ToList(),
            HasDetails = card.Details.Count > 0,
            HasLineage = card.Lineage.Count > 0,
            HasStageHistory = card.StageHistory.Count > 0,
            Details = card.Details.Select(d => new { Name = d.Key, d.Value }).ToList(),
            HasTraining = card.TrainingMetrics is not null,
            Metrics = Enum.GetValues<ClassificationMetric>().Select(m => new
            {
                Name = m.ToString(),
                Test = Number(evaluation.Metrics.Get(m)),
                Train = Number(card.TrainingMetrics?.Get(m)),
            }).ToList(),
            TestRows = evaluation.Metrics.Rows,
            evaluation.PositiveClass,
            evaluation.NegativeClass,
            matrix.TruePositives,
            matrix.FalsePositives,
            matrix.TrueNegatives,
            matrix.FalseNegatives,
            Roc = SvgCharts.Roc(evaluation.RocCurve, evaluation.Metrics.Auc),
            HasImportance = importance.Count > 0,
            ImportanceChart = SvgCharts.HorizontalBars(importance.Select(i => (i.Feature, i.AucDecrease)).ToList(), "Permutation feature importance"),
            Importance = importance.Select(i => new
            {
                Name = i.Feature,
                Auc = Number(i.AucDecrease),
                AucStd = Number(i.AucDecreaseStdDev),
                Accuracy = Number(i.AccuracyDecrease),
            }).ToList(),
            HasSearch = card.Search is not null,
            SearchMetric = card.Search?.Metric.ToString() ?? "",
            SearchFolds = card.Search?.Folds ?? 0,
            Trials = (card.Search?.Trials ?? []).OrderByDescending(t => t.Succeeded).ThenByDescending(t => t.Mean).ThenBy(t => t.Index).Select(t => new
            {
                t.Index,
                t.Candidate,
                Config = t.Config.ToString(),
                Mean = t.Succeeded ? Number(t.Mean) : "failed",
                Std = t.Succeeded ? Number(t.StdDev) : t.Error ?? "",
                IsBest = t.Index == best,
            }).ToList(),
            Lineage = card.Lineage.ToList(),
            StageHistory = card.StageHistory.Select(s => new
            {
                When = s.When.ToString("yyyy-MM-dd HH:mm:ss 'UTC'zzz", CultureInfo.InvariantCulture),
                s.From,
                s.To,
                s.Actor,
                s.Reason,
            }).ToList(),
        });
    }

    private static string Number(double? value) => value is { } v && !double.IsNaN(v) ? v.ToString("0.0000", CultureInfo.InvariantCulture) : "–";
}
