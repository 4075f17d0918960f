using System.Buffers;
using System.Text;

namespace Modelplane.ML.Data;

/// <summary>
/// A small RFC 4180 reader: quoted fields may hold separators, doubled quotes and line breaks.
/// It reads from a buffer of its own and finds field ends with vectorised searches, because batch
/// scoring pushes millions of records through it.
/// </summary>
internal sealed class CsvRecordReader : IDisposable
{
    private readonly TextReader _reader;
    private readonly char _separator;
    private readonly string _path;
    private readonly SearchValues<char> _fieldEnds;
    private readonly SearchValues<char> _lineEnds;
    private readonly char[] _buffer = new char[1 << 16];
    private int _length;
    private int _position;
    private long _line = 1;

    public CsvRecordReader(TextReader reader, string path, char separator = ',')
    {
        _reader = reader;
        _path = path;
        _separator = separator;
        _fieldEnds = SearchValues.Create([separator, '\n', '\r']);
        _lineEnds = SearchValues.Create(['\n', '"']);
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

    /// <summary>Reads the next record into <paramref name="record"/>; false at the end of the file. Blank lines are skipped.</summary>
    public bool TryRead(CsvRecord record)
    {
        record.Clear();
        while (true)
        {
            if (!EnsureData())
            {
                return false;
            }

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

        // Fast path: the whole line is in the buffer and has no quotes.
        var rest = _buffer.AsSpan(_position, _length - _position);
        var end = rest.IndexOfAny(_lineEnds);
        if (end >= 0 && rest[end] == '\n')
        {
            var line = rest[..end];
            record.SetUnquotedLine(line.Length > 0 && line[^1] == '\r' ? line[..^1] : line, _separator);
            _position += end + 1;
            _line++;
            return true;
        }

        while (!ReadField(record))
        {
        }

        return true;
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

    /// <summary>Reads one field into the record; returns true when it ended the record (line break or end of file).</summary>
    private bool ReadField(CsvRecord record)
    {
        if (EnsureData() && _buffer[_position] == '"')
        {
            _position++;
            return ReadQuotedField(record);
        }

        while (EnsureData())
        {
            var rest = _buffer.AsSpan(_position, _length - _position);
            var end = rest.IndexOfAny(_fieldEnds);
            if (end >= 0)
            {
                record.Append(rest[..end]);
                _position += end;
                record.EndField();
                return ConsumeTerminator();
            }

            record.Append(rest);
            _position = _length;
        }

        record.EndField();
        return true;
    }

    private bool ReadQuotedField(CsvRecord record)
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
                    record.Append('"');
                    _position++;
                    continue;
                }

                break;
            }

            if (c == '\n')
            {
                _line++;
            }

            record.Append(c);
        }

        record.EndField();

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
