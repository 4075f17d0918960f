namespace Modelplane.ML.Data;

/// <summary>The cell values read as missing, compared case-insensitively after trimming, without allocating.</summary>
internal sealed class MissingMarkers
{
    private readonly string[] _markers;

    public MissingMarkers(IEnumerable<string> markers)
    {
        _markers = markers.Select(m => m.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        AnyNumeric = _markers.Any(m => CsvRowBinder.TryParseNumber(m, out _));
    }

    /// <summary>Whether a marker is itself a number (for example <c>-999</c>), so numbers must be checked against the markers first.</summary>
    public bool AnyNumeric { get; }

    public bool Contains(ReadOnlySpan<char> value)
    {
        var trimmed = value.Trim();
        foreach (var marker in _markers)
        {
            if (trimmed.Equals(marker, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
