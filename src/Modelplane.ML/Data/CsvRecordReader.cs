using System.Text;

namespace Modelplane.ML.Data;

/// <summary>
/// A small RFC 4180 reader: quoted fields may hold separators, doubled quotes and line breaks.
/// It reads from a buffer of its own rather than char by char through <see cref="TextReader.Read()"/>,
/// because batch scoring pushes millions of records through it.
/// </summary>
internal sealed class CsvRecordReader : IDisposable
{
    private readonly TextReader _reader;
    private readonly char _separator;
    private readonly string _path;
    private readonly char[] _buffer = new char[1 << 16];
    private readonly StringBuilder _field = new();
    private int _length;
    private int _position;
    private long _line = 1;

    public CsvRecordReader(TextReader reader, string path, char separator = ',')
    {
        _reader = reader;
        _path = path;
        _separator = separator;
    }

    /// <summary>The 1-based line on which the record last returned by <see cref="TryRead"/> starts.</summary>
    public long RecordLine { get; private set; }

    /// <summary>Opens <paramref name="path"/>, failing with a message that names the file when it is missing.</summary>
    public static CsvRecordReader Open(string path, char separator = ',')
    {
        if (!File.Exists(path))
        {
            throw new DataValidationException(
                $"The data file '{Path.GetFullPath(path)}' does not exist. Check the path in your configuration (paths are relative to the working directory '{Environment.CurrentDirectory}').",
                path);
        }

        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        return new CsvRecordReader(new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true), path, separator);
    }

    /// <summary>Reads the next record into <paramref name="fields"/>; false at the end of the file. Blank lines are skipped.</summary>
    public bool TryRead(List<string> fields)
    {
        fields.Clear();
        while (true)
        {
            if (!EnsureData())
            {
                return false;
            }

            // Skip blank lines (a trailing newline, or empty lines between records).
            var c = _buffer[_position];
            if (c == '\n')
            {
                _position++;
                _line++;
                continue;
            }

            if (c == '\r')
            {
                _position++;
                continue;
            }

            break;
        }

        RecordLine = _line;
        while (true)
        {
            var endOfRecord = ReadField(out var value);
            fields.Add(value);
            if (endOfRecord)
            {
                return true;
            }
        }
    }

    private bool EnsureData()
    {
        if (_position < _length)
        {
            return true;
        }

        _length = _reader.Read(_buffer, 0, _buffer.Length);
        _position = 0;
        return _length > 0;
    }

    /// <summary>Reads one field; returns true when it ended the record (line break or end of file).</summary>
    private bool ReadField(out string value)
    {
        _field.Clear();
        if (EnsureData() && _buffer[_position] == '"')
        {
            _position++;
            return ReadQuotedField(out value);
        }

        while (EnsureData())
        {
            var start = _position;
            while (_position < _length)
            {
                var c = _buffer[_position];
                if (c == _separator || c == '\n' || c == '\r')
                {
                    _field.Append(_buffer, start, _position - start);
                    value = _field.ToString();
                    return ConsumeTerminator();
                }

                _position++;
            }

            _field.Append(_buffer, start, _position - start);
        }

        value = _field.ToString();
        return true;
    }

    private bool ReadQuotedField(out string value)
    {
        var startLine = _line;
        while (true)
        {
            if (!EnsureData())
            {
                throw new DataValidationException(
                    $"The data file '{_path}' ends inside a quoted field that starts on line {startLine}. Close the quote (\") or escape quotes inside the field by doubling them (\"\").",
                    _path, line: startLine);
            }

            var c = _buffer[_position++];
            if (c == '"')
            {
                if (EnsureData() && _buffer[_position] == '"')
                {
                    _field.Append('"');
                    _position++;
                    continue;
                }

                break;
            }

            if (c == '\n')
            {
                _line++;
            }

            _field.Append(c);
        }

        value = _field.ToString();

        // After the closing quote only a separator or the end of the record may follow; tolerate spaces.
        while (EnsureData())
        {
            var c = _buffer[_position];
            if (c == _separator || c == '\n' || c == '\r')
            {
                return ConsumeTerminator();
            }

            if (c is ' ' or '\t')
            {
                _position++;
                continue;
            }

            throw new DataValidationException(
                $"The data file '{_path}' has text after the closing quote of a field on line {_line}. Quote the whole field and double any quote inside it (\"\").",
                _path, line: _line);
        }

        return true;
    }

    /// <summary>Consumes the separator or line break at the current position; true when it ended the record.</summary>
    private bool ConsumeTerminator()
    {
        var c = _buffer[_position++];
        if (c == _separator)
        {
            return false;
        }

        if (c == '\r')
        {
            if (EnsureData() && _buffer[_position] == '\n')
            {
                _position++;
            }
        }

        _line++;
        return true;
    }

    public void Dispose() => _reader.Dispose();
}
