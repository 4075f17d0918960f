namespace Modelplane.ML.Data;

/// <summary>
/// Input data that cannot be used as it stands: a missing or empty file, an unknown column, a
/// label with other than two classes, a ragged row, text in a numeric column. The message names
/// the file, row and column and says what to fix; the properties carry the same facts for code.
/// </summary>
public sealed class DataValidationException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">The full message, naming the file, row and column and the fix.</param>
    /// <param name="filePath">The data file, when the data came from one.</param>
    /// <param name="row">The 1-based data row (the header is not counted), when one row is at fault.</param>
    /// <param name="column">The column at fault, when one is.</param>
    /// <param name="line">The 1-based line of the file, when known.</param>
    public DataValidationException(string message, string? filePath = null, long? row = null, string? column = null, long? line = null)
        : base(message)
    {
        FilePath = filePath;
        Row = row;
        Column = column;
        Line = line;
    }

    /// <summary>The data file, when the data came from one.</summary>
    public string? FilePath { get; }

    /// <summary>The 1-based data row (the header is not counted), when one row is at fault.</summary>
    public long? Row { get; }

    /// <summary>The column at fault, when one is.</summary>
    public string? Column { get; }

    /// <summary>The 1-based line of the file, when known.</summary>
    public long? Line { get; }
}
