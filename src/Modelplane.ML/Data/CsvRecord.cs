namespace Modelplane.ML.Data;

/// <summary>
/// One CSV record held as characters plus field boundaries, reused from record to record so that
/// streaming a large file allocates no strings for the numbers in it.
/// </summary>
internal sealed class CsvRecord
{
    private char[] _chars = new char[4096];
    private int[] _starts = new int[64];
    private int[] _lengths = new int[64];
    private int _length;
    private int _fieldStart;

    public int Count { get; private set; }

    /// <summary>A compact copy, for keeping records after the reader moves on.</summary>
    public CsvRecord Clone() => new()
    {
        _chars = _chars[.._length],
        _starts = _starts[..Count],
        _lengths = _lengths[..Count],
        _length = _length,
        _fieldStart = _length,
        Count = Count,
    };

    public ReadOnlySpan<char> this[int index] => _chars.AsSpan(_starts[index], _lengths[index]);

    public string GetString(int index) => new(this[index]);

    public string[] ToArray()
    {
        var fields = new string[Count];
        for (var i = 0; i < Count; i++)
        {
            fields[i] = GetString(i);
        }

        return fields;
    }

    internal void Clear()
    {
        Count = 0;
        _length = 0;
        _fieldStart = 0;
    }

    /// <summary>Takes a whole unquoted line at once: one copy, then one vectorised search per separator.</summary>
    internal void SetUnquotedLine(ReadOnlySpan<char> line, char separator)
    {
        Clear();
        Append(line);
        var start = 0;
        while (true)
        {
            var next = line[start..].IndexOf(separator);
            if (next < 0)
            {
                AddField(start, line.Length - start);
                _fieldStart = _length;
                return;
            }

            AddField(start, next);
            start += next + 1;
        }
    }

    internal void Append(ReadOnlySpan<char> chars)
    {
        EnsureCapacity(chars.Length);
        chars.CopyTo(_chars.AsSpan(_length));
        _length += chars.Length;
    }

    internal void Append(char c)
    {
        EnsureCapacity(1);
        _chars[_length++] = c;
    }

    internal void EndField()
    {
        AddField(_fieldStart, _length - _fieldStart);
        _fieldStart = _length;
    }

    private void AddField(int start, int length)
    {
        if (Count == _starts.Length)
        {
            Array.Resize(ref _starts, Math.Max(Count * 2, 8));
            Array.Resize(ref _lengths, Math.Max(Count * 2, 8));
        }

        _starts[Count] = start;
        _lengths[Count] = length;
        Count++;
    }

    private void EnsureCapacity(int extra)
    {
        if (_length + extra > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _length + extra));
        }
    }
}
