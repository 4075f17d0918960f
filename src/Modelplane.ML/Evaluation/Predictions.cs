using Microsoft.ML;
using Modelplane.ML.Data;
using Modelplane.ML.Training;

namespace Modelplane.ML.Evaluation;

/// <summary>Labels and model outputs row by row, read in one pass over scored data.</summary>
internal sealed record Predictions(bool[] Labels, bool[] Predicted, float[] Scores, float[]? Probabilities)
{
    /// <summary>Scores raw data with the whole model and reads labels and outputs.</summary>
    public static Predictions Of(TrainedModel model, IDataView data)
    {
        var label = model.Label.Name;
        DataViewColumns.Require(data, label, "the label, needed to evaluate");
        return Read(model.Score(data), label);
    }

    /// <summary>Reads labels and outputs from data already scored by a predictor.</summary>
    public static Predictions Read(IDataView scored, string labelColumn)
    {
        var schema = scored.Schema;
        var labelColumnInfo = DataViewColumns.Require(scored, labelColumn, "the label");
        var predictedColumn = schema[ScoreColumns.PredictedLabel];
        var scoreColumn = schema[ScoreColumns.Score];
        var probabilityColumn = schema.GetColumnOrNull(ScoreColumns.Probability);
        var needed = new List<Microsoft.ML.DataViewSchema.Column> { labelColumnInfo, predictedColumn, scoreColumn };
        if (probabilityColumn is { } p)
        {
            needed.Add(p);
        }

        var labels = new List<bool>();
        var predicted = new List<bool>();
        var scores = new List<float>();
        var probabilities = probabilityColumn is null ? null : new List<float>();
        using var cursor = scored.GetRowCursor(needed);
        var getLabel = cursor.GetGetter<bool>(labelColumnInfo);
        var getPredicted = cursor.GetGetter<bool>(predictedColumn);
        var getScore = cursor.GetGetter<float>(scoreColumn);
        var getProbability = probabilityColumn is { } column ? cursor.GetGetter<float>(column) : null;
        bool l = false, pr = false;
        float s = 0, pb = 0;
        while (cursor.MoveNext())
        {
            getLabel(ref l);
            getPredicted(ref pr);
            getScore(ref s);
            labels.Add(l);
            predicted.Add(pr);
            scores.Add(s);
            if (getProbability is not null)
            {
                getProbability(ref pb);
                probabilities!.Add(pb);
            }
        }

        return new Predictions(labels.ToArray(), predicted.ToArray(), scores.ToArray(), probabilities?.ToArray());
    }
}
