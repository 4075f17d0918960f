using System.Globalization;
using System.Runtime.ExceptionServices;
using System.Text;
using Microsoft.ML;
using Microsoft.ML.Data;
using Modelplane.ML.Data;
using Modelplane.ML.Training;

namespace Modelplane.ML.Inference;

/// <summary>
/// Scores a CSV file of any size with flat memory: rows stream from the file through the model's
/// preprocessing and predictor and are written out as they come, never all held at once.
/// </summary>
public static class BatchPredictor
{
    private const int BufferSize = 1 << 20;
    private const int CancellationCheckInterval = 8192;

    /// <summary>
    /// Writes one prediction per input row to <paramref name="outputPath"/>:
    /// <c>row_id,predicted_label,probability,score</c> (no probability column for models without one).
    /// The predicted label is written as the class value of the training data (for example <c>1</c> or <c>M</c>).
    /// The file appears only when complete: it is written beside the target and renamed into place.
    /// </summary>
    /// <param name="model">The trained model; its schema says how the input is read.</param>
    /// <param name="inputPath">The CSV to score; columns the model does not use are ignored, including the label.</param>
    /// <param name="outputPath">Where the predictions go; replaced if it exists.</param>
    /// <param name="options">The row identifier column and the separator.</param>
    /// <param name="cancellationToken">Stops scoring; no output file is left behind.</param>
    /// <exception cref="DataValidationException">The input lacks a model column or holds a bad value (the message names the row).</exception>
    public static BatchPredictionSummary PredictCsv(
        TrainedModel model,
        string inputPath,
        string outputPath,
        BatchPredictionOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        options ??= new BatchPredictionOptions();
        var label = model.Label;
        var input = TabularData.StreamCsv(inputPath, model.Schema with { Label = null }, options.IdColumn);
        var scored = model.Transformer.Transform(input);
        var schema = scored.Schema;
        var predicted = schema[ScoreColumns.PredictedLabel];
        var score = schema[ScoreColumns.Score];
        var probability = schema.GetColumnOrNull(ScoreColumns.Probability);
        var id = options.IdColumn is null ? (DataViewSchema.Column?)null : schema[options.IdColumn];
        var columns = new List<DataViewSchema.Column> { predicted, score };
        columns.AddRange(new[] { probability, id }.Where(c => c is not null).Select(c => c!.Value));

        var directory = Path.GetDirectoryName(Path.GetFullPath(outputPath))!;
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, $".{Path.GetFileName(outputPath)}.{Guid.NewGuid():N}.tmp");
        long rows = 0, positives = 0;
        try
        {
            using (var writer = new StreamWriter(temporary, false, new UTF8Encoding(false), BufferSize))
            using (var cursor = scored.GetRowCursor(columns))
            {
                var separator = options.Separator;
                writer.Write(probability is null
                    ? $"row_id{separator}predicted_label{separator}score\n"
                    : $"row_id{separator}predicted_label{separator}probability{separator}score\n");
                var getPredicted = cursor.GetGetter<bool>(predicted);
                var getScore = cursor.GetGetter<float>(score);
                var getProbability = probability is { } p ? cursor.GetGetter<float>(p) : null;
                var getId = id is { } i ? cursor.GetGetter<ReadOnlyMemory<char>>(i) : null;
                Span<char> number = stackalloc char[32];
                bool isPositive = false;
                float value = 0;
                ReadOnlyMemory<char> idValue = default;
                while (cursor.MoveNext())
                {
                    rows++;
                    if (rows % CancellationCheckInterval == 0)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                    }

                    if (getId is not null)
                    {
                        getId(ref idValue);
                        WriteField(writer, idValue.Span, separator);
                    }
                    else
                    {
                        rows.TryFormat(number, out var written, default, CultureInfo.InvariantCulture);
                        writer.Write(number[..written]);
                    }

                    writer.Write(separator);
                    getPredicted(ref isPositive);
                    if (isPositive)
                    {
                        positives++;
                    }

                    WriteField(writer, label.ClassOf(isPositive), separator);
                    if (getProbability is not null)
                    {
                        writer.Write(separator);
                        getProbability(ref value);
                        WriteNumber(writer, value, number);
                    }

                    writer.Write(separator);
                    getScore(ref value);
                    WriteNumber(writer, value, number);
                    writer.Write('\n');
                }
            }

            File.Move(temporary, outputPath, overwrite: true);
        }
        catch (Exception e)
        {
            File.Delete(temporary);

            // ML.NET reads sources on worker threads and wraps their exceptions; surface the data error itself.
            for (var inner = e; inner is not null; inner = inner.InnerException)
            {
                if (inner is DataValidationException validation && inner != e)
                {
                    ExceptionDispatchInfo.Capture(validation).Throw();
                }
            }

            throw;
        }

        return new BatchPredictionSummary(outputPath, rows, positives, label.PositiveClass);
    }

    private static void WriteNumber(StreamWriter writer, float value, Span<char> buffer)
    {
        value.TryFormat(buffer, out var written, "R", CultureInfo.InvariantCulture);
        writer.Write(buffer[..written]);
    }

    private static void WriteField(StreamWriter writer, ReadOnlySpan<char> value, char separator)
    {
        if (value.IndexOfAny(separator, '"', '\n') < 0 && value.IndexOf('\r') < 0)
        {
            writer.Write(value);
            return;
        }

        writer.Write('"');
        foreach (var c in value)
        {
            if (c == '"')
            {
                writer.Write('"');
            }

            writer.Write(c);
        }

        writer.Write('"');
    }
}
