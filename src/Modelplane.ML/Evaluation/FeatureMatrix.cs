using Microsoft.ML;
using Microsoft.ML.Data;

namespace Modelplane.ML.Evaluation;

/// <summary>A feature vector column and the label, read into memory row by row (dense, row-major).</summary>
internal sealed class FeatureMatrix
{
    private FeatureMatrix(float[] values, bool[] labels, IReadOnlyList<string> slotNames)
    {
        Values = values;
        Labels = labels;
        SlotNames = slotNames;
    }

    /// <summary>Row <c>r</c>, slot <c>s</c> is at <c>r * Slots + s</c>.</summary>
    public float[] Values { get; }

    public bool[] Labels { get; }

    public IReadOnlyList<string> SlotNames { get; }

    public int Rows => Labels.Length;

    public int Slots => SlotNames.Count;

    public static FeatureMatrix Read(IDataView data, string featureColumn, string labelColumn)
    {
        var features = data.Schema[featureColumn];
        var label = data.Schema[labelColumn];
        var slots = ((VectorDataViewType)features.Type).Size;
        var values = new List<float>();
        var labels = new List<bool>();
        using (var cursor = data.GetRowCursor([features, label]))
        {
            var getFeatures = cursor.GetGetter<VBuffer<float>>(features);
            var getLabel = cursor.GetGetter<bool>(label);
            VBuffer<float> row = default;
            var dense = new float[slots];
            var isPositive = false;
            while (cursor.MoveNext())
            {
                getFeatures(ref row);
                getLabel(ref isPositive);
                row.CopyTo(dense);
                values.AddRange(dense);
                labels.Add(isPositive);
            }
        }

        return new FeatureMatrix(values.ToArray(), labels.ToArray(), SlotNamesOf(features, slots));
    }

    private static IReadOnlyList<string> SlotNamesOf(DataViewSchema.Column features, int slots)
    {
        if (features.HasSlotNames())
        {
            VBuffer<ReadOnlyMemory<char>> names = default;
            features.GetSlotNames(ref names);
            if (names.Length == slots)
            {
                return names.DenseValues().Select(n => n.ToString()).ToList();
            }
        }

        return Enumerable.Range(0, slots).Select(i => $"Slot {i}").ToList();
    }
}
