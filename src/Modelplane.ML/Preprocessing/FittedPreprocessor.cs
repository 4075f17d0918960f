using Microsoft.ML;
using Microsoft.ML.Data;
using Modelplane.ML.Data;
using Modelplane.ML.Materializers;

namespace Modelplane.ML.Preprocessing;

/// <summary>
/// Preprocessing learnt from training data: an ML.NET transformer that maps the tabular columns
/// to the <c>Features</c> vector, with the schema and options it was fitted with. Save it with the
/// model version; apply it to test data with <see cref="Transform"/>.
/// </summary>
public sealed class FittedPreprocessor
{

    internal FittedPreprocessor(ITransformer transformer, DataViewSchema inputSchema, TabularSchema schema, PreprocessingOptions options)
    {
        Transformer = transformer;
        InputSchema = inputSchema;
        Schema = schema;
        Options = options;
        FeatureColumns = schema.Columns.Where(c => !options.DropColumns.Contains(c.Name)).ToList();
    }

    /// <summary>
    /// The row-by-row ML.NET transformer (imputation, encoding, normalisation, concatenation).
    /// It never drops rows, so a model built on it scores every input row.
    /// </summary>
    public ITransformer Transformer { get; }

    /// <summary>The schema of the data the preprocessor was fitted on.</summary>
    public TabularSchema Schema { get; }

    /// <summary>The options it was fitted with.</summary>
    public PreprocessingOptions Options { get; }

    /// <summary>The columns it reads: the schema's feature columns minus the dropped ones.</summary>
    public IReadOnlyList<TabularColumn> FeatureColumns { get; }

    /// <summary>The names of the slots of the <c>Features</c> vector (one-hot slots are <c>column.value</c>).</summary>
    public IReadOnlyList<string> FeatureNames
    {
        get
        {
            var features = Transformer.GetOutputSchema(InputSchema)[Preprocessor.FeaturesColumn];
            VBuffer<ReadOnlyMemory<char>> names = default;
            features.GetSlotNames(ref names);
            return names.DenseValues().Select(n => n.ToString()).ToList();
        }
    }

    internal DataViewSchema InputSchema { get; }

    /// <summary>
    /// Applies the preprocessing to a data set (training or test split): with
    /// <see cref="MissingValuePolicy.Drop"/> rows with missing values are removed first.
    /// </summary>
    /// <exception cref="DataValidationException">The data lacks a column the preprocessor needs, or has it with another type.</exception>
    public IDataView Transform(IDataView data)
    {
        ArgumentNullException.ThrowIfNull(data);
        CheckColumns(data.Schema, FeatureColumns);
        var rows = Options.MissingValues == MissingValuePolicy.Drop ? MissingRows.Drop(data, FeatureColumns) : data;
        return Transformer.Transform(rows);
    }

    /// <summary>Writes the preprocessor to <paramref name="path"/>: an ML.NET model zip with the schema and options inside.</summary>
    public void Save(string path) => ModelZip.Save(Transformer, InputSchema, ToManifestJson(), path);

    /// <summary>Reads a preprocessor written by <see cref="Save"/>.</summary>
    public static FittedPreprocessor Load(string path)
    {
        var (transformer, inputSchema, manifest) = ModelZip.Load<Manifest>(path, "preprocessor");
        return new FittedPreprocessor(transformer, inputSchema, manifest.Schema, manifest.Options);
    }

    internal string ToManifestJson() => ModelZip.ToJson(new Manifest(Schema, Options));

    internal static void CheckColumns(DataViewSchema data, IReadOnlyList<TabularColumn> columns)
    {
        var missing = columns.Where(c => data.GetColumnOrNull(c.Name) is null).Select(c => c.Name).ToList();
        if (missing.Count > 0)
        {
            throw new DataValidationException(
                $"The data lacks the column(s) {CsvRowBinder.Quote(missing)} that the preprocessor was fitted with. Available columns: {CsvRowBinder.Quote(data.Where(c => !c.IsHidden).Select(c => c.Name))}. Load the data with the training schema (TabularData.LoadCsv(path, schema)).",
                column: missing[0]);
        }

        foreach (var column in columns)
        {
            var type = data[column.Name].Type;
            var expected = column.Kind == ColumnKind.Numeric ? (DataViewType)NumberDataViewType.Single : TextDataViewType.Instance;
            if (!type.Equals(expected))
            {
                throw new DataValidationException(
                    $"Column '{column.Name}' holds {type} values but the preprocessor was fitted on {expected} values. Load the data with the training schema (TabularData.LoadCsv(path, schema)).",
                    column: column.Name);
            }
        }
    }

    private sealed record Manifest(TabularSchema Schema, PreprocessingOptions Options);
}
