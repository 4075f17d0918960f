using Microsoft.ML;
using Microsoft.ML.Data;

namespace Modelplane.ML.Data;

/// <summary>
/// A data view that streams a CSV file: every cursor reads the file from the start, one record at
/// a time, so a file far larger than memory can be scored with flat memory. Values are validated
/// as they are read; a bad value stops the cursor with an error naming row and column.
/// </summary>
internal sealed class CsvDataView : IDataView
{
    private readonly string _path;
    private readonly TabularSchema _schema;
    private readonly CsvRowBinder _binder;

    public CsvDataView(string path, TabularSchema schema, bool requireLabel, string? passthroughColumn)
    {
        _path = path;
        _schema = schema;
        using var reader = CsvRecordReader.Open(path, schema.Separator);
        var header = TabularData.ReadHeader(reader, path);
        _binder = new CsvRowBinder(path, header, schema, requireLabel, passthroughColumn);
        Schema = _binder.ToDataViewSchema();
    }

    public bool CanShuffle => false;

    public DataViewSchema Schema { get; }

    public long? GetRowCount() => null;

    public DataViewRowCursor GetRowCursor(IEnumerable<DataViewSchema.Column> columnsNeeded, Random? rand = null) =>
        new Cursor(this, columnsNeeded);

    public DataViewRowCursor[] GetRowCursorSet(IEnumerable<DataViewSchema.Column> columnsNeeded, int n, Random? rand = null) =>
        [GetRowCursor(columnsNeeded)];

    private sealed class Cursor : DataViewRowCursor
    {
        private readonly CsvDataView _view;
        private readonly CsvRecordReader _reader;
        private readonly CsvRecord _record = new();
        private readonly bool[] _active;
        private readonly float[] _numbers;
        private readonly ReadOnlyMemory<char>[] _texts;
        private readonly bool[] _labels;
        private long _position = -1;

        public Cursor(CsvDataView view, IEnumerable<DataViewSchema.Column> columnsNeeded)
        {
            _view = view;
            var count = view.Schema.Count;
            _active = new bool[count];
            foreach (var column in columnsNeeded)
            {
                _active[column.Index] = true;
            }

            _numbers = new float[count];
            _texts = new ReadOnlyMemory<char>[count];
            _labels = new bool[count];
            _reader = CsvRecordReader.Open(view._path, view._schema.Separator);
            TabularData.ReadHeader(_reader, view._path);
        }

        public override DataViewSchema Schema => _view.Schema;

        public override long Position => _position;

        public override long Batch => 0;

        public override bool MoveNext()
        {
            if (!_reader.TryRead(_record))
            {
                return false;
            }

            _position++;
            var row = _position + 1;
            var line = _reader.RecordLine;
            var binder = _view._binder;
            binder.CheckFieldCount(_record, row, line);
            var columns = binder.Columns;
            for (var i = 0; i < columns.Count; i++)
            {
                if (!_active[i])
                {
                    continue;
                }

                var column = columns[i];
                var raw = _record[column.SourceIndex];
                switch (column.Role)
                {
                    case BoundColumnRole.Numeric:
                        _numbers[i] = binder.ParseNumber(raw, row, line, column.Name);
                        break;
                    case BoundColumnRole.Label:
                        _labels[i] = binder.ParseLabel(raw, row, line);
                        break;
                    case BoundColumnRole.Text:
                        _texts[i] = binder.IsMissing(raw) ? ReadOnlyMemory<char>.Empty : new string(raw.Trim()).AsMemory();
                        break;
                    default:
                        _texts[i] = new string(raw).AsMemory();
                        break;
                }
            }

            return true;
        }

        public override bool IsColumnActive(DataViewSchema.Column column) => _active[column.Index];

        public override ValueGetter<DataViewRowId> GetIdGetter() => (ref DataViewRowId value) => value = new DataViewRowId((ulong)_position, 0);

        public override ValueGetter<TValue> GetGetter<TValue>(DataViewSchema.Column column)
        {
            var index = column.Index;
            Delegate getter = _view._binder.Columns[index].Role switch
            {
                BoundColumnRole.Numeric => (ValueGetter<float>)((ref float value) => value = _numbers[index]),
                BoundColumnRole.Label => (ValueGetter<bool>)((ref bool value) => value = _labels[index]),
                _ => (ValueGetter<ReadOnlyMemory<char>>)((ref ReadOnlyMemory<char> value) => value = _texts[index]),
            };

            return getter as ValueGetter<TValue> ?? throw new InvalidOperationException(
                $"Column '{column.Name}' holds {column.Type} values; it cannot be read as {typeof(TValue).Name}.");
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _reader.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
