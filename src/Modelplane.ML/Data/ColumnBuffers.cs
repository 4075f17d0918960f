using Microsoft.ML;

namespace Modelplane.ML.Data;

/// <summary>Collects converted CSV records column by column and turns them into an <see cref="InMemoryDataView"/>.</summary>
internal sealed class ColumnBuffers
{
    private readonly CsvRowBinder _binder;
    private readonly List<float>?[] _numbers;
    private readonly List<ReadOnlyMemory<char>>?[] _texts;
    private readonly List<bool>?[] _labels;
    private int _rows;

    public ColumnBuffers(CsvRowBinder binder)
    {
        _binder = binder;
        var count = binder.Columns.Count;
        _numbers = new List<float>?[count];
        _texts = new List<ReadOnlyMemory<char>>?[count];
        _labels = new List<bool>?[count];
        for (var i = 0; i < count; i++)
        {
            switch (binder.Columns[i].Role)
            {
                case BoundColumnRole.Numeric:
                    _numbers[i] = [];
                    break;
                case BoundColumnRole.Label:
                    _labels[i] = [];
                    break;
                default:
                    _texts[i] = [];
                    break;
            }
        }
    }

    public int RowCount => _rows;

    public void Add(CsvRecord record, long row, long line)
    {
        var columns = _binder.Columns;
        for (var i = 0; i < columns.Count; i++)
        {
            var column = columns[i];
            var raw = record[column.SourceIndex];
            switch (column.Role)
            {
                case BoundColumnRole.Numeric:
                    _numbers[i]!.Add(_binder.ParseNumber(raw, row, line, column.Name));
                    break;
                case BoundColumnRole.Label:
                    _labels[i]!.Add(_binder.ParseLabel(raw, row, line));
                    break;
                case BoundColumnRole.Text:
                    _texts[i]!.Add(_binder.IsMissing(raw) ? ReadOnlyMemory<char>.Empty : new string(raw.Trim()).AsMemory());
                    break;
                default:
                    _texts[i]!.Add(new string(raw).AsMemory());
                    break;
            }
        }

        _rows++;
    }

    public IDataView ToDataView()
    {
        var arrays = new Array[_binder.Columns.Count];
        for (var i = 0; i < arrays.Length; i++)
        {
            arrays[i] = (Array?)_numbers[i]?.ToArray() ?? (Array?)_labels[i]?.ToArray() ?? _texts[i]!.ToArray();
        }

        return new InMemoryDataView(_binder.ToDataViewSchema(), arrays, _rows);
    }
}
