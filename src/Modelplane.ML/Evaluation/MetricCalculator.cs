namespace Modelplane.ML.Evaluation;

/// <summary>
/// Computes the metrics from labels and model outputs. One implementation for evaluation,
/// cross-validation and comparison, so a number means the same everywhere.
/// </summary>
internal static class MetricCalculator
{
    private const int MaxRocPoints = 400;
    private const double ProbabilityClip = 1e-15;

    public static ConfusionMatrix Confusion(Predictions p)
    {
        long tp = 0, fp = 0, tn = 0, fn = 0;
        for (var i = 0; i < p.Labels.Length; i++)
        {
            switch (p.Labels[i], p.Predicted[i])
            {
                case (true, true): tp++; break;
                case (false, true): fp++; break;
                case (false, false): tn++; break;
                default: fn++; break;
            }
        }

        return new ConfusionMatrix(tp, fp, tn, fn);
    }

    public static ClassificationMetrics Metrics(Predictions p)
    {
        var m = Confusion(p);
        var accuracy = m.Total == 0 ? double.NaN : (double)(m.TruePositives + m.TrueNegatives) / m.Total;
        var precision = m.TruePositives + m.FalsePositives == 0 ? 0 : (double)m.TruePositives / (m.TruePositives + m.FalsePositives);
        var recall = m.TruePositives + m.FalseNegatives == 0 ? 0 : (double)m.TruePositives / (m.TruePositives + m.FalseNegatives);
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new ClassificationMetrics(accuracy, Auc(p.Labels, p.Scores), f1, precision, recall, LogLoss(p), m.Total);
    }

    /// <summary>AUC as the Mann-Whitney statistic with average ranks for tied scores.</summary>
    public static double Auc(bool[] labels, float[] scores)
    {
        var positives = labels.Count(l => l);
        var negatives = labels.Length - positives;
        if (positives == 0 || negatives == 0)
        {
            return double.NaN;
        }

        var order = Enumerable.Range(0, scores.Length).OrderBy(i => scores[i]).ToArray();
        double positiveRankSum = 0;
        for (var start = 0; start < order.Length;)
        {
            var end = start;
            while (end + 1 < order.Length && scores[order[end + 1]] == scores[order[start]])
            {
                end++;
            }

            var averageRank = (start + end) / 2.0 + 1;
            for (var k = start; k <= end; k++)
            {
                if (labels[order[k]])
                {
                    positiveRankSum += averageRank;
                }
            }

            start = end + 1;
        }

        return (positiveRankSum - positives * (positives + 1) / 2.0) / ((double)positives * negatives);
    }

    public static IReadOnlyList<RocPoint> RocCurve(bool[] labels, float[] scores)
    {
        var positives = labels.Count(l => l);
        var negatives = labels.Length - positives;
        var points = new List<RocPoint> { new(0, 0, double.PositiveInfinity) };
        if (positives == 0 || negatives == 0)
        {
            points.Add(new RocPoint(1, 1, double.NegativeInfinity));
            return points;
        }

        var order = Enumerable.Range(0, scores.Length).OrderByDescending(i => scores[i]).ToArray();
        long tp = 0, fp = 0;
        for (var k = 0; k < order.Length; k++)
        {
            if (labels[order[k]])
            {
                tp++;
            }
            else
            {
                fp++;
            }

            // One point per distinct threshold: rows with tied scores move together.
            if (k + 1 == order.Length || scores[order[k + 1]] != scores[order[k]])
            {
                points.Add(new RocPoint((double)fp / negatives, (double)tp / positives, scores[order[k]]));
            }
        }

        return Thin(points);
    }

    private static double? LogLoss(Predictions p)
    {
        if (p.Probabilities is not { } probabilities || probabilities.Length == 0)
        {
            return null;
        }

        double sum = 0;
        for (var i = 0; i < probabilities.Length; i++)
        {
            var probability = Math.Clamp(probabilities[i], ProbabilityClip, 1 - ProbabilityClip);
            sum -= p.Labels[i] ? Math.Log(probability) : Math.Log(1 - probability);
        }

        return sum / probabilities.Length;
    }

    /// <summary>Keeps the curve small enough for a report, always keeping its first and last points.</summary>
    private static IReadOnlyList<RocPoint> Thin(List<RocPoint> points)
    {
        if (points.Count <= MaxRocPoints)
        {
            return points;
        }

        var step = (double)(points.Count - 1) / (MaxRocPoints - 1);
        return Enumerable.Range(0, MaxRocPoints).Select(i => points[(int)Math.Round(i * step)]).ToList();
    }
}
