namespace Modelplane.ML.Data;

/// <summary>
/// A CSV file kept as an artifact byte for byte, streamed into the store rather than read into memory,
/// so a large batch's predictions cost no more memory than a small one's. A loaded <see cref="CsvFile"/>
/// points at the stored, hash-verified file: read it, never write to it.
/// </summary>
/// <param name="Path">The file.</param>
/// <param name="Rows">The number of data rows (without the header) when the producer knows it; recorded as metadata.</param>
public sealed record CsvFile(string Path, long? Rows = null);
