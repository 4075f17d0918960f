using Microsoft.ML;
using Microsoft.ML.Data;

namespace Modelplane.ML.Evaluation;

/// <summary>
/// The rows permutation feature importance scores, as one data view: first the unchanged rows, then for
/// each slot and each permutation a block of all rows with that slot's values shuffled across rows.
/// Rows are made as they are read, so memory holds the matrix once, not once per block.
/// </summary>
/// <remarks>
/// Scoring every block in one pass is what makes this fast: ML.NET's own
/// <c>PermutationFeatureImportance</c> builds, scores and evaluates a new pipeline per slot and permutation.
/// </remarks>
internal sealed class PermutedRows
{
    private readonly FeatureMatrix _matrix;
    private readonly int[][] _permutations;

    public PermutedRows(FeatureMatrix matrix, int permutations, int seed)
    {
        _matrix = matrix;
        Permutations = permutations;
        var random = new Random(seed);
        _permutations = new int[matrix.Slots * permutations][];
        for (var block = 0; block < _permutations.Length; block++)
        {
            _permutations[block] = Shuffle(matrix.Rows, random);
        }
    }

    public int Permutations { get; }

    /// <summary>Blocks of <see cref="FeatureMatrix.Rows"/> rows: the unchanged rows, then one per slot and permutation.</summary>
    public int Blocks => 1 + _permutations.Length;

    /// <summary>The row order that feeds slot <paramref name="slot"/>'s values in its <paramref name="permutation"/>-th block.</summary>
    public int[] Permutation(int slot, int permutation) => _permutations[slot * Permutations + permutation];

    public IDataView ToDataView(MLContext ml, string featureColumn)
    {
        var definition = SchemaDefinition.Create(typeof(Row));
        definition[nameof(Row.Features)].ColumnName = featureColumn;
        definition[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, _matrix.Slots);
        return ml.Data.LoadFromEnumerable(Enumerate(), definition);
    }

    private IEnumerable<Row> Enumerate()
    {
        var slots = _matrix.Slots;
        var values = _matrix.Values;
        for (var block = 0; block < Blocks; block++)
        {
            var slot = (block - 1) / Permutations;
            var order = block == 0 ? null : _permutations[block - 1];
            for (var r = 0; r < _matrix.Rows; r++)
            {
                var features = values.AsSpan(r * slots, slots).ToArray();
                if (order is not null)
                {
                    features[slot] = values[order[r] * slots + slot];
                }

                yield return new Row { Features = features };
            }
        }
    }

    private static int[] Shuffle(int count, Random random)
    {
        var order = Enumerable.Range(0, count).ToArray();
        random.Shuffle(order);
        return order;
    }

    private sealed class Row
    {
        public float[] Features = [];
    }
}
